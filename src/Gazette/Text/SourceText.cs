using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Gazette.Diagnostics;

namespace Gazette.Text;

/// <summary>
/// Decodes the site's own text files (Markdown, <c>_site.yml</c>), which must be UTF-8. A byte that is not UTF-8 is
/// an error naming its offset and line, never a replacement character published in place of the text.
/// </summary>
internal static class SourceText
{
    // Throws at the first byte that is not UTF-8 instead of putting U+FFFD in its place.
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The text of <paramref name="bytes"/> without its byte-order mark; null with <paramref name="error"/> set when
    /// they hold a NUL byte or are not UTF-8.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file, as messages name it.</param>
    /// <param name="error">What is wrong, located at the first bad byte.</param>
    public static string? Decode(ReadOnlySpan<byte> bytes, string file, out GazetteError? error)
    {
        error = null;
        var start = bytes.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        var content = bytes[start..];

        // The NUL check is vectorised, and the strict decoding checks the bytes as it goes: a valid file is read in two
        // passes, the second of them the decoding itself.
        var nul = content.IndexOf((byte)0);
        if (nul < 0)
        {
            try
            {
                return Strict.GetString(content);
            }
            catch (DecoderFallbackException)
            {
                // Located below.
            }
        }

        var offset = start + (nul >= 0 ? nul : InvalidOffset(content));
        var line = bytes[..offset].Count((byte)'\n') + 1;
        var what = nul >= 0 && nul + start == offset
            ? $"not text: a NUL byte at byte offset {offset.ToString(CultureInfo.InvariantCulture)} (is it a binary file?)"
            : $"not UTF-8: invalid byte 0x{bytes[offset]:X2} at byte offset {offset.ToString(CultureInfo.InvariantCulture)}";
        error = new GazetteError(file, line, $"{what}; {Advice(bytes)}");
        return null;
    }

    private static int InvalidOffset(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return Math.Min(offset, bytes.Length - 1);
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string Advice(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            ? "the file looks UTF-16-encoded; save it as UTF-8"
            : ChineseLegacyEncoding.LooksGb18030(bytes)
                ? "the file looks GB18030/GBK-encoded; save it as UTF-8"
                : "save the file as UTF-8";
}
