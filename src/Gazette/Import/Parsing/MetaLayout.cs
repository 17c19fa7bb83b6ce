using System.Globalization;
using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// Rewrites the layouts some sites give their date, source and 信息公开 labels into the one the readers know
/// (<c>label: value</c> on a line), before any reader runs: a bullet before a label (<c>• 时间:2023-04-11</c>), a
/// bracketed label (<c>[ 发布机构 ] 某某局</c>), a label alone on its line with its value on the next
/// (<c>• 发布日期:</c> / <c>2022年09月13日 08:05</c>, or without the colon when the value is of the label's kind:
/// <c>来源</c> / <c>市人力社保局</c>), a 信息公开 table of label lines and value lines, a counter over its number, and a
/// calendar date split into day and month (<c>06</c> / <c>2023-05</c>); each pair becomes one line. Lines that are no
/// such label are left exactly as they are.
/// </summary>
internal static partial class MetaLayout
{
    /// <summary>The lines with their labels rewritten; a value that joined its label's line is no line of its own.</summary>
    public static string[] Normalize(string[] lines)
    {
        var result = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (BulletedLabel().Match(line) is { Success: true } bulleted)
            {
                line = line[bulleted.Groups["label"].Index..];
            }

            if (BracketedLabel().IsMatch(line) && BracketedLabel().Match(line).Index == 0)
            {
                // Only a line that starts with one: a bracketed word inside a paragraph is the paragraph's own.
                line = BracketedLabel().Replace(line, m => m.Groups["label"].Value + ":");
            }

            // The 信息公开 table's own labels in brackets (【标题】, 【索引号】) likewise, on a line that starts with one.
            if (BracketedWord().Match(line) is { Success: true, Index: 0 } first && PublicInformationFields.IsLabelAlone(first.Groups["label"].Value))
            {
                line = BracketedWord().Replace(line, m => PublicInformationFields.IsLabelAlone(m.Groups["label"].Value) ? m.Groups["label"].Value + ":" : m.Value);
            }
            if (ValueLabelAlone().IsMatch(line) && i + 1 < lines.Length && IsValue(lines[i + 1]))
            {
                result.Add(line.TrimEnd() + lines[i + 1]);
                i++;
                continue;
            }

            // Without its colon, a label alone is joined only to the value its kind takes: a date, a source, a count.
            if (BareLabel().Match(line) is { Success: true } bare && i + 1 < lines.Length && TakesValue(bare, lines[i + 1]))
            {
                result.Add(line.Trim().TrimStart('•', '·', '●', '◆', '◇', '▪', '■', '□', '▶', '►', '-', '*').TrimStart() + ":" + lines[i + 1].Trim());
                i++;
                continue;
            }

            // A 信息公开 table written as label lines and value lines: one row per label.
            if (PublicInformationFields.KindOfLabelAlone(line) is { } kind && i + 1 < lines.Length
                && (PublicInformationFields.IsDateKind(kind) ? IsDateValue(lines[i + 1]) : IsTableValue(lines[i + 1])))
            {
                result.Add(line.Trim().TrimEnd(':', '：') + ":" + lines[i + 1].Trim());
                i++;
                continue;
            }

            // A calendar widget's date, the day over the month (06 / 2023-05) or under it: one date line.
            if (i + 1 < lines.Length && SplitDate(line, lines[i + 1]) is { } date)
            {
                result.Add(date);
                i++;
                continue;
            }

            // A counter's label alone, its number on the next line: one counter line, which is chrome.
            if (CounterLabelAlone().IsMatch(line) && i + 1 < lines.Length && CountValue().IsMatch(lines[i + 1]))
            {
                result.Add(line.TrimEnd().TrimEnd(':', '：') + ":" + lines[i + 1].Trim());
                i++;
                continue;
            }

            result.Add(line);
        }

        return [.. result];
    }

    private static bool TakesValue(Match bare, string next) =>
        bare.Groups["date"].Success ? IsDateValue(next)
        : bare.Groups["count"].Success ? CountValue().IsMatch(next)
        : IsValue(next) && !IsDateValue(next);

    /// <summary>A date split into its day and its year and month on two lines, in either order, as one ISO date; else null.</summary>
    private static string? SplitDate(string first, string second)
    {
        var (day, month) = DayOnly().IsMatch(first) ? (first, second) : DayOnly().IsMatch(second) ? (second, first) : (null, null);
        return day is not null && YearMonth().Match(month!.Trim()) is { Success: true } m && int.Parse(day.Trim(), CultureInfo.InvariantCulture) is >= 1 and <= 31
            ? string.Create(CultureInfo.InvariantCulture, $"{m.Groups["y"].Value}-{int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture):00}-{int.Parse(day.Trim(), CultureInfo.InvariantCulture):00}")
            : null;
    }

    [GeneratedRegex(@"^\s*\d{1,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOnly();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})\s*[-/.年]\s*(?<m>0?[1-9]|1[0-2])\s*月?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();

    /// <summary>Whether a line is a date and little else: 2019-07-02, 2022年09月13日 08:05, ２０２１－０６－０１.</summary>
    private static bool IsDateValue(string line)
    {
        var text = MetaText.FoldWidth(line.Trim());
        return text.Length <= 25 && SeedPatterns.Date().Match(text) is { Success: true, Index: 0 };
    }

    /// <summary>Whether a line can be a table value (a title included): no longer than a title, and not itself a label or a sentence.</summary>
    private static bool IsTableValue(string line) =>
        line.Length is > 0 and <= LineShapes.LongestTitle && !line.EndsWith('：') && !line.EndsWith(':') && !LabelAlone().IsMatch(line) && !Label().IsMatch(line)
        && !PublicInformationFields.IsLabelAlone(line) && PublicInformationFields.Read(line) is null && !LineShapes.LooksLikeBody(line);

    /// <summary>Whether a line can be the value of a label above it: short, and not itself a label or a sentence.</summary>
    private static bool IsValue(string line) =>
        line.Length is > 0 and <= 40 && !LabelAlone().IsMatch(line) && !PublicInformationFields.IsLabelAlone(line) && !BulletedLabel().IsMatch(line) && !Label().IsMatch(line) && !LineShapes.LooksLikeBody(line);

    // Labels whose value may stand on the next line; a counter or a widget (访问量, 字体, 分享) has no value worth joining.
    private const string ValueLabels = @"(?:[发發][布佈表稿](?:日期|[时時][间間]|机构|機構)|[更][新](?:[时時][间間]|日期)|[时時][间間]|日期|(?:信息|文章|稿件)?[来來]源|作者|[编編][辑輯]|索引[号號]|[发發]文(?:机关|機關|字[号號]|日期)|文[号號]|成文日期|主[题題]分[类類]|[关關][键鍵](?:字|[词詞])|有效性)";

    private const string Labels = @"(?:" + ValueLabels + @"|[访訪][问問](?:量|次[数數])|[浏瀏][览覽](?:量|次[数數])|[点點][击擊](?:量|[数數])|字[体體号號]|分享(?:到)?)";

    /// <summary>
    /// A label alone on its line without a colon (发布日期 / 来源 / 阅读次数, each over its value): the kinds whose
    /// values can be told apart from text, so that a body line that happens to be such a word stays body.
    /// </summary>
    [GeneratedRegex(@"^(?:[•·●◆◇▪■□▶►\-\*]\s*)?(?:(?<date>[发發][布佈表稿](?:日期|[时時][间間])|[更][新](?:[时時][间間]|日期)|[时時][间間]|日期)|(?<source>(?:信息|文章|稿件)?[来來]源|[发發][布佈](?:机构|機構)|作者)|(?<count>(?:[访訪][问問]|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀])(?:量|次[数數]|人[数數]|人次)))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareLabel();

    /// <summary>A counter's label with nothing after it but its colon.</summary>
    [GeneratedRegex(@"^(?:[•·●◆◇▪■□▶►\-\*]\s*)?(?:本站|本文|本页|本頁|总|總|累计|累計)?(?:[访訪][问問]|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀])(?:量|次[数數]|人[数數]|人次)\s*[:：]$", RegexOptions.CultureInvariant)]
    private static partial Regex CounterLabelAlone();

    /// <summary>A count alone on a line: 356, 1,523 次.</summary>
    [GeneratedRegex(@"^\s*\d[\d,]*\s*(?:次|人次|人)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CountValue();

    /// <summary>A label after a bullet, e.g. <c>• 来源:</c>.</summary>
    [GeneratedRegex(@"^[•·●◆◇▪■□▶►\-\*]\s*(?<label>" + Labels + @")\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex BulletedLabel();

    /// <summary>A short word in brackets, e.g. <c>【标题】</c>.</summary>
    [GeneratedRegex(@"[\[【]\s*(?<label>[^\]】\s]{1,6}(?:[ \u3000][^\]】\s]{1,3}){0,3})\s*[\]】]\s*[:：]?", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedWord();

    /// <summary>A label in brackets, e.g. <c>[ 发布日期 ]</c> or <c>【来源】</c>.</summary>
    [GeneratedRegex(@"[\[【]\s*(?<label>" + Labels + @")\s*[\]】]\s*[:：]?", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedLabel();

    /// <summary>A label with nothing after it (bullet allowed).</summary>
    [GeneratedRegex(@"^(?:[•·●◆◇▪■□▶►\-\*]\s*)?" + Labels + @"\s*[:：]$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelAlone();

    /// <summary>A label that takes a value, with nothing after it (bullet allowed).</summary>
    [GeneratedRegex(@"^(?:[•·●◆◇▪■□▶►\-\*]\s*)?" + ValueLabels + @"\s*[:：]$", RegexOptions.CultureInvariant)]
    private static partial Regex ValueLabelAlone();

    /// <summary>A line that starts with a label.</summary>
    [GeneratedRegex(@"^(?:[•·●◆◇▪■□▶►\-\*]\s*)?" + Labels + @"\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
