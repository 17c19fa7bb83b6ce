using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Gazette.FileSystem;

/// <summary>
/// Reads a whole file through a buffer borrowed from the shared pool and returned at once: a build reads every input
/// file more than once (to hash it, to read it, for each body's page and the search index), and a fresh array each time
/// was a large share of all it allocated.
/// </summary>
internal static class PooledFileReader
{
    /// <summary>What is made of a file's bytes, which are lent only for the call.</summary>
    public delegate T BytesReader<out T>(ReadOnlySpan<byte> bytes);

    /// <summary>
    /// What <paramref name="read"/> makes of the file's bytes. Throws as <see cref="File.ReadAllBytes(string)"/> does
    /// (a missing file, one of 2 GB or more); a file that grows meanwhile is read to the size it had when opened.
    /// </summary>
    public static T Read<T>(string path, BytesReader<T> read)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{path} is too large to read ({length} bytes)");
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            return read(buffer.AsSpan(0, ReadAll(handle, buffer.AsSpan(0, (int)length))));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Reads until the span is full or the file ends; how many bytes were read.
    private static int ReadAll(SafeFileHandle handle, Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            var read = RandomAccess.Read(handle, destination[total..], total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
