using System.Text;

namespace Gazette.Import;

/// <summary>
/// Proposes a provisional slug for a section name the site has not seen: the pinyin initials of its characters,
/// the convention of Chinese government sites (资讯中心 → zxzx, 新闻动态 → xwdt). A webmaster renames it at will.
/// </summary>
internal static class SlugSuggester
{
    // GB2312's first level orders its 3,755 common characters by pinyin, so the code at which each initial starts
    // gives any such character's initial. (I, U and V begin no syllable.)
    private static readonly (int Code, char Initial)[] InitialStarts =
    [
        (0xB0A1, 'a'), (0xB0C5, 'b'), (0xB2C1, 'c'), (0xB4EE, 'd'), (0xB6EA, 'e'), (0xB7A2, 'f'), (0xB8C1, 'g'),
        (0xB9FE, 'h'), (0xBBF7, 'j'), (0xBFA6, 'k'), (0xC0AC, 'l'), (0xC2E8, 'm'), (0xC4C3, 'n'), (0xC5B6, 'o'),
        (0xC5BE, 'p'), (0xC6DA, 'q'), (0xC8BB, 'r'), (0xC8F6, 's'), (0xCBFA, 't'), (0xCDDA, 'w'), (0xCEF4, 'x'),
        (0xD1B9, 'y'), (0xD4D1, 'z'),
    ];

    private const int LastLevelOneCode = 0xD7F9;

    private static readonly Encoding Gb2312 = CodePagesEncodingProvider.Instance.GetEncoding(936)
        ?? throw new InvalidOperationException("the GBK code page is not available");

    /// <summary>A slug for <paramref name="name"/> that none of <paramref name="taken"/> uses.</summary>
    public static string Suggest(string name, IReadOnlyCollection<string> taken)
    {
        var initials = Initials(name);
        var slug = initials.Length > 0 ? initials : "section";
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = FormattableString.Invariant($"{slug}-{n}");
        }

        return candidate;
    }

    /// <summary>The initials: a letter per level-one character, ASCII letters and digits kept (lower-cased), the rest dropped.</summary>
    public static string Initials(string name)
    {
        var builder = new StringBuilder();
        Span<byte> bytes = stackalloc byte[4];
        Span<char> chars = stackalloc char[2];
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                var c = (char)rune.Value;
                if (char.IsAsciiLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                }

                continue;
            }

            var length = rune.EncodeToUtf16(chars);
            if (Gb2312.GetBytes(chars[..length], bytes) == 2)
            {
                var code = (bytes[0] << 8) | bytes[1];
                if (code >= InitialStarts[0].Code && code <= LastLevelOneCode)
                {
                    builder.Append(InitialStarts.Last(s => s.Code <= code).Initial);
                }
            }
        }

        return builder.ToString();
    }
}
