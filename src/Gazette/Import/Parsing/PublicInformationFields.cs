using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Gazette.Site;

namespace Gazette.Import.Parsing;

/// <summary>
/// Reads the 信息公开 table that public-information pages carry, flattened into lines whose labels are padded with
/// spaces (索   引   号 20191202-000123 分        类 其他 …). Each label is matched with any spacing between its characters.
/// </summary>
internal static partial class PublicInformationFields
{
    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["索引号"] = "index_no", ["索引號"] = "index_no",
        ["发布机构"] = "publisher", ["發布機構"] = "publisher", ["发文机关"] = "publisher", ["發文機關"] = "publisher", ["发布单位"] = "publisher",
        ["文号"] = "doc_no", ["文號"] = "doc_no", ["发文字号"] = "doc_no", ["發文字號"] = "doc_no",
        ["发文日期"] = "doc_date", ["發文日期"] = "doc_date", ["成文日期"] = "doc_date", ["印发日期"] = "doc_date",
        ["上载日期"] = "uploaded", ["上載日期"] = "uploaded", ["发布日期"] = "uploaded", ["發布日期"] = "uploaded", ["公开日期"] = "uploaded",
        ["名称"] = "title", ["名稱"] = "title", ["信息名称"] = "title", ["标题"] = "title", ["標題"] = "title", ["文件名称"] = "title",
        ["有效性"] = "validity", ["时效"] = "validity",
        ["分类"] = "other", ["分類"] = "other", ["主题分类"] = "topic", ["主題分類"] = "topic", ["体裁分类"] = "other", ["组配分类"] = "other", ["信息分类"] = "other", ["信息類別"] = "other",
        ["生效日期"] = "other", ["废止日期"] = "other", ["失效日期"] = "other", ["生效时间"] = "other",
        ["主题词"] = "keywords", ["主題詞"] = "keywords", ["关键词"] = "keywords", ["關鍵詞"] = "keywords", ["关键字"] = "keywords", ["公开方式"] = "other", ["公开范围"] = "other", ["公开形式"] = "other",
        ["生成日期"] = "other", ["内容概述"] = "other",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Regex LabelPattern = BuildLabelPattern();

    /// <summary>The fields a line holds, by kind (index_no, publisher, …), when the line starts with a label; else null.</summary>
    public static Dictionary<string, string>? Read(string line)
    {
        var matches = LabelPattern.Matches(line);
        // A row flattened with bars (| 索引号 | … |) starts after its bar.
        var lead = line.Length - line.TrimStart(' ', '\t', '\u3000', '|', '｜').Length;
        if (matches.Count == 0 || matches[0].Index != lead)
        {
            return null;
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < matches.Count; i++)
        {
            var label = Whitespace().Replace(matches[i].Groups["label"].Value, string.Empty);
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : line.Length;
            var value = line[start..end].Trim(' ', '\u00A0', '\u3000', '\t', ':', '：', '|', '｜');
            if (value.Length > 0)
            {
                fields.TryAdd(Labels[label], value);
            }
        }

        return fields;
    }

    /// <summary>Whether a line is one of the table's labels and nothing else (its value on the next line): 索 引 号, 名称：.</summary>
    public static bool IsLabelAlone(string line) => KindOfLabelAlone(line) is not null;

    /// <summary>The kind of field (index_no, doc_date, uploaded …) a line that is only a label names; else null.</summary>
    public static string? KindOfLabelAlone(string line) =>
        Labels.GetValueOrDefault(Whitespace().Replace(line, string.Empty).TrimEnd(':', '：'));

    /// <summary>Whether a kind of field holds a date.</summary>
    public static bool IsDateKind(string kind) => kind is "doc_date" or "uploaded";

    /// <summary>
    /// Whether lines read by <see cref="Read"/> add up to a 信息公开 table rather than a body line that happens to start
    /// with a label: an 索引号 or a 文号, a 成文日期 (never a publish date) without a 发布日期 beside it (a date line then), a named
    /// title with another field, or three fields.
    /// </summary>
    public static bool IsTable(IReadOnlyCollection<Dictionary<string, string>> lines) =>
        lines.Any(l => l.ContainsKey("index_no") || l.ContainsKey("doc_no")) || lines.Sum(l => l.Count) >= 3
        || (lines.Any(l => l.ContainsKey("doc_date")) && !lines.Any(l => l.ContainsKey("uploaded")))
        || (lines.Any(l => l.ContainsKey("title")) && lines.Sum(l => l.Count) >= 2);

    /// <summary>The typed fields of a table.</summary>
    public static PublicInformation ToPublicInformation(Dictionary<string, string> fields, string? archived)
    {
        // Whatever 有效性 says (有效, 已废止, 部分失效 …) is the document's status; the theme warns only of a withdrawn one.
        var status = fields.GetValueOrDefault("validity");
        return new PublicInformation(
            fields.GetValueOrDefault("index_no"),
            fields.GetValueOrDefault("publisher"),
            fields.GetValueOrDefault("doc_no"),
            IsoDay(fields.GetValueOrDefault("doc_date")),
            IsoDay(archived),
            status,
            fields.GetValueOrDefault("topic"),
            fields.GetValueOrDefault("keywords"));
    }

    /// <summary>A date written 2019年11月29日 or 2019/11/29 becomes 2019-11-29; anything else stays as the page wrote it.</summary>
    public static string? IsoDay(string? value)
    {
        if (value is null || Day().Match(value) is not { Success: true } match || match.Length != value.Length)
        {
            return value;
        }

        var month = int.Parse(match.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{match.Groups["y"].Value}-{month:00}-{day:00}")
            : value;
    }

    private static Regex BuildLabelPattern()
    {
        // Longer labels first, so that 发文字号 wins over 文号; characters may be spread out by spaces.
        var alternatives = Labels.Keys
            .OrderByDescending(k => k.Length)
            .ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => string.Join(@"[ \u00A0\u3000]*", k.Select(c => Regex.Escape(c.ToString()))));
        return new Regex(
            $@"(?<=^|[\s;；|｜])(?<label>{string.Join('|', alternatives)})[ \u00A0\u3000]*[:：]?",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    [GeneratedRegex(@"[ \u00A0\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?", RegexOptions.CultureInvariant)]
    private static partial Regex Day();
}
