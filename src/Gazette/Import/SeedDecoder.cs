using System.Text;

namespace Gazette.Import;

/// <summary>Turns a seed's bytes into text, or says why it cannot.</summary>
public static class SeedDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8, with or without a byte-order mark. Returns null with <paramref name="problem"/> set for empty, binary or undecodable files.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty || bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            problem = "the file is empty";
            return null;
        }

        if (bytes.Contains((byte)0))
        {
            problem = "the file is binary, not text (it holds NUL bytes)";
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            problem = $"the file is not valid UTF-8 (bad byte at offset {ex.Index})";
            return null;
        }
    }
}
