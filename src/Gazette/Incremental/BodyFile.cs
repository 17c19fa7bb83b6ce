using System.Buffers;
using System.IO.Hashing;
using System.Text;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Site;
using Gazette.Text;

namespace Gazette.Incremental;

/// <summary>
/// An article's body read again from its file, provided the file still holds what was read before (by the XxHash3 of
/// its bytes): a file that changed or went meanwhile is an error that says to build again, never a page that mixes two
/// versions. The text is decoded into a pooled buffer and the body handed on from there, so that reading every body of
/// an archive (for its pages and its search index) makes no string of a whole file.
/// </summary>
/// <param name="fullPath">The file.</param>
/// <param name="sourceFile">The file as messages name it.</param>
/// <param name="hash">The hash of the bytes first read.</param>
/// <param name="bodyOf">A file's text to its body, as the loader took it (<c>ArticleReader.BodyOf</c>), for a text with CR or a byte-order mark.</param>
internal sealed class BodyFile(string fullPath, string sourceFile, ulong hash, Func<string, string?> bodyOf) : IBodySource
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <inheritdoc />
    public string Read() => Read(static body => body.ToString());

    /// <inheritdoc />
    public T Read<T>(BodySpanReader<T> read)
    {
        (bool Found, T Value) result = default;
        try
        {
            result = PooledFileReader.Read(fullPath, bytes => XxHash3.HashToUInt64(bytes) == hash ? Decoded(bytes, read) : default);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Gone since it was read: reported below as a change.
        }

        return result.Found ? result.Value : throw new GazetteException(new GazetteError(sourceFile, null, "the file changed while the site was being built; build again"));
    }

    // The bytes hash as they did when the loader decoded them strictly, so they are UTF-8 without NUL.
    private (bool, T) Decoded<T>(ReadOnlySpan<byte> bytes, BodySpanReader<T> read)
    {
        var content = bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, content.Length));
        try
        {
            var text = chars.AsSpan(0, Encoding.UTF8.GetChars(content, chars));
            if (!FrontMatterBounds.IsPlain(text))
            {
                return bodyOf(text.ToString()) is { } normalised ? (true, read(normalised)) : default;
            }

            if (FrontMatterBounds.Find(text, out _) is not { } bounds)
            {
                return default;
            }

            var body = bounds.BodyOf(text);
            return (true, ControlCharacters.FirstForbidden(body) < 0 ? read(body) : read(ControlCharacters.Remove(body.ToString())));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
