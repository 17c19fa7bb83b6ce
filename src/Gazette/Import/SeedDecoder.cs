using System.Collections.Immutable;
using System.Text;

namespace Gazette.Import;

/// <summary>
/// Turns a seed's bytes into text, whatever the old site saved it as: UTF-8 with or without a byte-order mark,
/// UTF-16 with one, GB18030 (a superset of GBK and GB2312) or Big5. A file cut off in the middle of a character
/// loses only that character, and says so. Empty and binary files are refused with a reason.
/// </summary>
internal static class SeedDecoder
{
    // Big5 and GB18030 accept many of each other's byte sequences, so validity alone cannot choose between them:
    // the reading richest in frequent Chinese characters wins (see FrequentChinese).
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly (string Name, Encoding Encoding)[] LegacyEncodings =
    [
        ("GB18030", Legacy(54936)),
        ("Big5", Legacy(950)),
    ];

    /// <summary>Decodes a seed; returns null with <paramref name="problem"/> set when the bytes are not readable text.</summary>
    public static DecodedSeed? Decode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Finish(bytes[3..], "UTF-8", StrictUtf8, out problem);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = bytes[0] == 0xFF
                ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)
                : new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
            return Finish(bytes[2..], "UTF-16", utf16, out problem);
        }

        if (LooksLikeUtf16(bytes) is { } withoutMark && TryDecode(bytes, withoutMark) is { } wide && !string.IsNullOrWhiteSpace(wide.Text))
        {
            return new DecodedSeed(wide.Text, "UTF-16", wide.Notes);
        }

        if (Refuse(bytes) is { } reason)
        {
            problem = reason;
            return null;
        }

        if (TryDecode(bytes, StrictUtf8) is { } utf8)
        {
            return new DecodedSeed(utf8.Text, "UTF-8", utf8.Notes);
        }

        DecodedSeed? best = null;
        var bestScore = -1.0;
        foreach (var (name, encoding) in LegacyEncodings)
        {
            // Ties go to the first, GB18030: the sites this serves are mainland ones.
            if (TryDecode(bytes, encoding) is not { } candidate)
            {
                continue;
            }

            var score = Text.FrequentChinese.Share(candidate.Text);
            if (score > bestScore)
            {
                best = new DecodedSeed(candidate.Text, name, candidate.Notes);
                bestScore = score;
            }
        }

        if (best is null)
        {
            problem = "the file is not text in UTF-8, GB18030/GBK or Big5";
        }

        return best;
    }

    private static DecodedSeed? Finish(ReadOnlySpan<byte> bytes, string name, Encoding encoding, out string? problem)
    {
        problem = null;
        if (bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0 && name == "UTF-8")
        {
            problem = "the file is empty";
            return null;
        }

        if (TryDecode(bytes, encoding) is not { } result)
        {
            problem = $"the file starts with a {name} byte-order mark but is not valid {name}";
            return null;
        }

        if (string.IsNullOrWhiteSpace(result.Text))
        {
            problem = "the file is empty";
            return null;
        }

        return new DecodedSeed(result.Text, name, result.Notes);
    }

    /// <summary>
    /// UTF-16 saved without a byte-order mark: every other byte of its ASCII is NUL, which would otherwise look binary.
    /// </summary>
    private static UnicodeEncoding? LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 16 || bytes.Length % 2 != 0)
        {
            return null;
        }

        var (evenNul, oddNul) = (0, 0);
        for (var i = 0; i < bytes.Length; i += 2)
        {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        // Chinese text has NULs mostly in its ASCII characters (digits, punctuation, line ends), so mostly on one side;
        // a binary file has them on both.
        return oddNul * 10 >= pairs && evenNul * 4 <= oddNul ? new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true)
            : evenNul * 10 >= pairs && oddNul * 4 <= evenNul ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true)
            : null;
    }

    /// <summary>Why these bytes are not a text file at all, or null.</summary>
    private static string? Refuse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            return "the file is empty";
        }

        string? kind = bytes switch
        {
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) => "a PNG image",
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) => "a JPEG image",
            _ when bytes.StartsWith("GIF8"u8) => "a GIF image",
            _ when bytes.StartsWith("%PDF"u8) => "a PDF document",
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) => "a ZIP archive or Office document",
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) => "an old Office document",
            _ when bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) => "a gzip archive",
            _ => null,
        };
        if (kind is not null)
        {
            return $"the file is binary, not text (it looks like {kind})";
        }

        var controls = 0;
        foreach (var b in bytes)
        {
            if (b == 0)
            {
                return "the file is binary, not text (it holds NUL bytes)";
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }

        return controls * 100 > bytes.Length ? "the file is binary, not text (it is full of control bytes)" : null;
    }

    /// <summary>Decodes strictly; a sequence cut off by the end of the file is dropped with a note, anything else fails.</summary>
    private static (string Text, ImmutableArray<string> Notes)? TryDecode(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        for (var cut = 0; cut <= 3 && cut < bytes.Length; cut++)
        {
            try
            {
                var text = encoding.GetString(bytes[..^cut]);
                return cut == 0
                    ? (text, [])
                    : (text, ["the file ends in the middle of a character; that incomplete character was dropped"]);
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return null;
    }

    private static Encoding Legacy(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException($"code page {codePage} is not available");
}
