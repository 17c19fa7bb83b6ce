using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Gazette.Incremental;

/// <summary>
/// Writes a binary cache file. Strings are kept as their UTF-16 code units, so that reading an archive's worth of
/// Chinese text back is a copy rather than a decode (UTF-8 decoding made reading the article cache cost more than
/// parsing the files it spares). The file ends with a checksum of its content, which the reader checks.
/// </summary>
internal sealed class CacheFileWriter : IDisposable
{
    /// <summary>The bytes of the checksum (XxHash3) at the end of every cache file.</summary>
    public const int ChecksumLength = 8;

    private readonly MemoryStream _buffer = new();

    public void Write(bool value) => _buffer.WriteByte(value ? (byte)1 : (byte)0);

    public void Write(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _buffer.Write(bytes);
    }

    public void Write(long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        _buffer.Write(bytes);
    }

    public void Write(ulong value) => Write(unchecked((long)value));

    public void Write(string value)
    {
        Write(value.Length);
        if (BitConverter.IsLittleEndian)
        {
            _buffer.Write(MemoryMarshal.AsBytes(value.AsSpan()));
            return;
        }

        Span<byte> pair = stackalloc byte[2];
        foreach (var c in value)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(pair, c);
            _buffer.Write(pair);
        }
    }

    public void WriteOptional(string? value)
    {
        Write(value is not null);
        if (value is not null)
        {
            Write(value);
        }
    }

    public void Dispose() => _buffer.Dispose();

    /// <summary>Removes the temporary files of saves a killed build never finished, anywhere under <paramref name="folder"/>.</summary>
    public static void RemoveLeftovers(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var leftover in Directory.EnumerateFiles(folder, "*.tmp", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            File.Delete(leftover);
        }
    }

    /// <summary>Writes the file through a temporary one, so that a reader never sees half of it.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        var content = _buffer.GetBuffer().AsMemory(0, (int)_buffer.Length);
        var checksum = new byte[ChecksumLength];
        BinaryPrimitives.WriteUInt64LittleEndian(checksum, System.IO.Hashing.XxHash3.HashToUInt64(content.Span));
        try
        {
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await file.WriteAsync(content, cancellationToken);
                await file.WriteAsync(checksum, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            // A failed write (a full disk, a cancelled build) leaves nothing behind; the old cache, if any, stands.
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
