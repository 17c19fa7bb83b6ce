using System.Text.RegularExpressions;
using static Gazette.Import.Parsing.SeedPatterns;

namespace Gazette.Import.Parsing;

/// <summary>
/// The date and source line (possibly split over several lines): the first such line in the page's header, or a line
/// just above the tail when the title and date follow the body. A date inside the body is never taken. The publish
/// date, 来源 and the publishing body (发布机构) are read from it; without a date there, the 信息公开 table's upload
/// date (上载日期, 发布日期) stands in. 成文日期 and 发文日期 are the document's own dates, never the publish date.
/// </summary>
internal sealed partial class DateLineReader : ISeedReader
{
    // Breadcrumb, a column heading, a title over two lines, a subtitle, the date line: a page header is never longer.
    private const int LongestHeader = 6;

    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        string? metaText = null;
        if (Find(lines) is { } range)
        {
            metaText = MetaText.FoldWidth(string.Join(' ', lines.Slice(range)));
            lines.MarkDateLine(range);
        }

        page.Date = metaText is not null ? PublishDates.ReadPublishDate(metaText) : null;
        page.Date ??= page.Information.TryGetValue("uploaded", out var uploaded) ? PublishDates.ReadDate(uploaded) : null;
        page.Source = metaText is not null ? MetaText.ReadSource(metaText) : null;
        if (metaText is not null && MetaText.ReadPublisher(metaText) is { } publisher)
        {
            // The 信息公开 table, read first, names the publisher with more authority than a meta line.
            page.Information.TryAdd("publisher", publisher);
        }
    }

    private static LineRange? Find(SeedLines lines)
    {
        var (top, tail) = (lines.Top, lines.Tail);
        var headerEnd = top;
        var headerLines = 0;
        while (headerEnd < tail && headerLines < LongestHeader && !(lines.IsText(headerEnd) && LineShapes.LooksLikeBody(lines[headerEnd]) && !IsDateMeta(lines[headerEnd])))
        {
            headerLines += lines.IsText(headerEnd) ? 1 : 0;
            headerEnd++;
        }

        int? found = null;
        for (var i = top; i < headerEnd; i++)
        {
            if (lines.IsText(i) && IsDateMeta(lines[i]))
            {
                found = i;
                break;
            }
        }

        if (found is null)
        {
            // Title and date after the body: the date line is the last text before the tail.
            var last = lines.LastTextFrom(tail - 1);
            if (last >= 0 && IsDateMeta(lines[last]))
            {
                found = last;
            }
        }

        // A date line whose date has no year (5月6日 发布单位：…) is still the page's meta line, though it gives no date.
        for (var i = top; found is null && i < headerEnd; i++)
        {
            if (lines.IsText(i) && YearlessDateLine().IsMatch(MetaText.FoldWidth(lines[i])))
            {
                found = i;
            }
        }

        if (found is not { } line)
        {
            return null;
        }

        // A date line split over several lines: labels with short values above it, and further dated meta lines below.
        var start = line;
        while (start - 1 >= top && lines.IsText(start - 1) && MetaOnly().IsMatch(lines[start - 1]))
        {
            start--;
        }

        var end = line;
        while (end + 1 < tail && lines.IsText(end + 1) && (MetaOnly().IsMatch(lines[end + 1]) || (StartsWithDate().IsMatch(lines[end + 1]) && IsDateMeta(lines[end + 1]))))
        {
            end++;
        }

        return new LineRange(start, end);
    }

    private static bool IsDateMeta(string line)
    {
        line = MetaText.FoldWidth(line);
        var date = Date().Match(line);
        if (!date.Success || line.Length > 160)
        {
            return false;
        }

        if (StartsWithDate().IsMatch(line))
        {
            var rest = line[(date.Index + date.Length)..];
            return rest.Length <= 40 || MetaLabel().IsMatch(rest);
        }

        // A label right before the date (发布日期: 2021-…), or a source label on the same line.
        var before = line[..date.Index];
        return DateLabelBefore().IsMatch(before) || SourceValue().IsMatch(line);
    }

    [GeneratedRegex(@"(?:[发發][布佈表稿](?:日期|[时時][间間])|[更][新](?:[时時][间間]|日期)|[时時][间間]|日期|[发發][布佈]于)\s*[:：]?[-\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLabelBefore();

    /// <summary>A month and day with no year, alone or before the line's other labels: 5月6日　发布单位：某某局.</summary>
    [GeneratedRegex(@"^(?:(?:[发發][布佈表稿](?:日期|[时時][间間])|[时時][间間]|日期)\s*[:：]\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}\s*[:：]\s*\d{2})?(?:\s*$|\s+(?:[发發][布佈]|(?:信息|文章)?[来來]源|作者|字[体體号號]|[浏瀏][览覽]|[访訪][问問]|[点點][击擊]).*)", RegexOptions.CultureInvariant)]
    private static partial Regex YearlessDateLine();

    /// <summary>The labels of the date and source line, in any spelling seen.</summary>
    [GeneratedRegex(@"(?:[发發][布佈表稿](?:日期|[时時]間|[时時]间|时间|時間)|[发發][布佈]于|[更][新](?:[时時][间間]|日期)|[时時][间間]|日期|(?:信息|文章|稿件)?[来來]源|作者|[编編][辑輯]|[责責]任[编編][辑輯]|[访訪][问問](?:量|次[数數]|人次)|[浏瀏][览覽](?:量|次[数數])|[点點][击擊](?:量|[数數]|率)|[阅閱][读讀](?:量|次[数數])|字[体體号號]|[打][印]|[分][享])\s*[:：]?", RegexOptions.CultureInvariant)]
    private static partial Regex MetaLabel();
}
