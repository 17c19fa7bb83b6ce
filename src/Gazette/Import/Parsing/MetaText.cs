namespace Gazette.Import.Parsing;

/// <summary>Reading values out of the date and source line's text.</summary>
internal static class MetaText
{
    private static readonly HashSet<string> NoSource = ["未知", "无", "無", "暂无", "暫無", "不详", "不詳", "-", "--", "—", "/", "null", "NULL"];

    /// <summary>Full-width digits and date punctuation as ASCII, for reading dates only; body text keeps its own.</summary>
    public static string FoldWidth(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uFF0D', '\uFF1A'))
        {
            return text;
        }

        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\uFF10' and <= '\uFF19' or '\uFF0D' or '\uFF0E' or '\uFF0F' or '\uFF1A' ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    /// <summary>The source named in (width-folded) meta text, without the brackets and separators around it; else null.</summary>
    public static string? ReadSource(string metaText) => ReadValue(SeedPatterns.SourceValue().Match(metaText));

    /// <summary>The publishing body (发布机构 and the like) named in meta text; else null.</summary>
    public static string? ReadPublisher(string metaText) => ReadValue(SeedPatterns.PublisherValue().Match(metaText));

    private static string? ReadValue(System.Text.RegularExpressions.Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"].Value.Trim(' ', '\u00A0', '\u3000', '\t', '-', '|', '【', '】', '[', ']');
        // 未知, 无, 暂无 and the like say the old CMS had no source.
        return value.Length > 0 && !NoSource.Contains(value) ? value : null;
    }
}
