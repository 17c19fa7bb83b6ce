using System.Text;
using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// Decides which lines are the title and which the body, from the text lines left in the header (between the
/// breadcrumb and the date line) and the shape of the page:
/// <list type="bullet">
/// <item>the date line first and the headline under it (nothing left above the date line);</item>
/// <item>no date line: the first line under the breadcrumb, when it reads like a title;</item>
/// <item>title-like lines above the date line (or, without one, above the 信息公开 table): up to three of them,
/// under any banner set apart by a menu or widget and any site or column name alone on a line, are the title,
/// wrapped or with a subtitle, over the body;</item>
/// <item>otherwise the body comes first and the title stands on the line just above the date line.</item>
/// </list>
/// A title the 信息公开 table names (名称, 标题) wins over the heading, which is then not body either; nor is a line
/// that repeats the title at the top of the body.
/// </summary>
internal sealed partial class HeadlineReader : ISeedReader
{
    private const int LongestWrappedTitle = 3;
    private const int LongestHeadlineBelowDate = 60;
    private const int LongestColumnName = 6;

    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        // Without a date line, the 信息公开 table stands where it would: the header above it, the body below.
        var meta = lines.Meta ?? lines.Table;
        // A heading between the table's rows is the header's too.
        var above = lines.TextLines(lines.Top, meta is null ? lines.Tail : ReferenceEquals(meta, lines.Table) ? meta.End + 1 : meta.Start).ToList();
        var run = LastRun(lines, above);

        List<int> titleLines;
        if (meta is not null && above.All(i => IsHeaderName(lines, page, i)) && TitleBelowDate(lines, meta.End + 1) is { } below)
        {
            // Some sites put the date line (or the 信息公开 table) first and the headline under it, with at most the
            // site's or the column's name above.
            titleLines = [below];
            page.BodyLines.AddRange(lines.BodyLines(below + 1, lines.Tail));
        }
        else if (meta is null)
        {
            // No date line: the first line under the breadcrumb is the title when it reads like one. Only text lines
            // are body here, blank lines dropped, as the parser has always read such pages.
            titleLines = above.Count > 0 && LineShapes.IsTitleLike(lines[above[0]]) && lines.HasBreadcrumb ? [above[0]] : [];
            page.BodyLines.AddRange(above.Skip(titleLines.Count));
        }
        else if (above.All(i => LineShapes.IsTitleLike(lines[i])) && WithoutHeaderNames(lines, run) is { Count: > 0 and <= LongestWrappedTitle } title)
        {
            // Above the title, a page without a breadcrumb shows the site's name or the column's alone on a line, or
            // a banner set apart from the title by menus and widgets: only the run of lines over the date is the title.
            // A kicker (引题) of short parallel phrases over a longer headline is not part of it.
            titleLines = title.Count > 1 && IsKicker(lines[title[0]]) && lines[title[1]].Length > lines[title[0]].Length ? title[1..] : title;

            page.BodyLines.AddRange(lines.BodyLines(meta.End + 1, lines.Tail));
        }
        else
        {
            // The body comes first and the title stands on the line above the date.
            var last = above.Count > 0 ? above[^1] : -1;
            titleLines = last >= 0 && LineShapes.IsTitleLike(lines[last]) ? [last] : [];
            page.BodyLines.AddRange(above.Take(above.Count - titleLines.Count));
            page.BodyLines.AddRange(lines.BodyLines(meta.End + 1, lines.Tail));
        }

        page.Title = page.Information.TryGetValue("title", out var named)
            ? CollapseSpaces(named)
            : JoinTitle(titleLines.Select(i => lines[i]).ToList());

        // A page whose only heading is the site's or the column's name has no title of its own: never guess one. (A
        // breadcrumb's last level can be the article's own title, which is longer than a column's name.)
        if (page.Title is { } found && (LineShapes.IsOrganisationName(found) || (found.Length <= LongestColumnName + 2 && page.Section.Contains(found, StringComparer.Ordinal))))
        {
            page.Title = null;
        }

        // The title the 信息公开 table names, or the headline, repeated as the body's first line is said once.
        var first = page.BodyLines.FindIndex(i => lines[i].Length > 0);
        if (page.Title is not null && first >= 0 && string.Equals(CollapseSpaces(lines[page.BodyLines[first]]), page.Title, StringComparison.Ordinal))
        {
            page.BodyLines.RemoveAt(first);
        }
    }

    /// <summary>
    /// The header's lines without those at its top that name the site or a column: on a page without a breadcrumb, an
    /// organisation's name alone on a line whenever a line follows it (under a breadcrumb, the site's name stands
    /// above it, and an organisation's name opens a title wrapped after it); a word or two while more lines follow
    /// than a title wraps over.
    /// </summary>
    private static List<int> WithoutHeaderNames(SeedLines lines, List<int> header)
    {
        var start = 0;
        while (start < header.Count - 1
            && ((!lines.HasBreadcrumb && LineShapes.IsOrganisationName(lines[header[start]]))
                || (header.Count - start > LongestWrappedTitle && lines[header[start]].Length <= LongestColumnName)))
        {
            start++;
        }

        return header[start..];
    }

    /// <summary>Whether a header line only names the site or a column: an organisation's name, a level of the breadcrumb, or a column's usual name.</summary>
    private static bool IsHeaderName(SeedLines lines, SeedDraft page, int line) =>
        LineShapes.IsOrganisationName(lines[line]) || page.Section.Contains(lines[line], StringComparer.Ordinal) || ColumnName().IsMatch(lines[line]);

    /// <summary>Whether a line is a kicker: short phrases between spaces, none of them a body that issues a joint document (人社部 财政部).</summary>
    private static bool IsKicker(string line) =>
        Kicker().IsMatch(line) && !line.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries).Any(p => "部局厅廳委办辦院会會府处處".Contains(p[^1], StringComparison.Ordinal));

    /// <summary>A kicker's shape: two or more short phrases between spaces, 稳岗位 促发展.</summary>
    [GeneratedRegex(@"^[^\s，。,、；;：:]{2,8}(?:[ \u3000]+[^\s，。,、；;：:]{2,8})+$", RegexOptions.CultureInvariant)]
    private static partial Regex Kicker();

    /// <summary>The names government sites give their columns: 政府信息公开, 工作动态, 通知公告, 人社要闻 ….</summary>
    [GeneratedRegex(@"^\S{0,4}(?:信息公开|政务公开|新闻中心|新闻动态|工作动态|通知公告|公告公示|政策法规|政策解读|要闻|动态|公告|公示|专栏|资讯)$", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnName();

    /// <summary>The header's last lines with no chrome between them (a title is never split by a menu or a widget).</summary>
    private static List<int> LastRun(SeedLines lines, List<int> header)
    {
        var start = header.Count - 1;
        while (start > 0 && !Enumerable.Range(header[start - 1] + 1, header[start] - header[start - 1] - 1).Any(i => lines.KindOf(i) == LineKind.Chrome))
        {
            start--;
        }

        return start < 0 ? [] : header[start..];
    }

    /// <summary>The line under the date line (or under a kicker there) when it reads as a headline over the text that follows; else null.</summary>
    private static int? TitleBelowDate(SeedLines lines, int from)
    {
        var text = lines.TextLines(from, lines.Tail).Take(3).ToList();
        if (text.Count == 3 && IsKicker(lines[text[0]]) && LineShapes.IsTitleLike(lines[text[1]]) && lines[text[1]].Length > lines[text[0]].Length)
        {
            // A kicker over the headline: the headline is the next line.
            text.RemoveAt(0);
        }

        if (text.Count < 2)
        {
            return null;
        }

        var (candidate, next) = (lines[text[0]], lines[text[1]]);
        var headline = LineShapes.IsTitleLike(candidate) && candidate.Length <= LongestHeadlineBelowDate && !",，、".Contains(candidate[^1], StringComparison.Ordinal)
            && !SeedPatterns.DocumentNumber().IsMatch(candidate);
        // Under it, prose, a longer line, or the addressee line of a document (各有关单位：).
        return headline && (LineShapes.LooksLikeBody(next) || next.Length > candidate.Length || next.EndsWith('：') || next.EndsWith(':')) ? text[0] : null;
    }

    private static string? JoinTitle(List<string> parts)
    {
        var distinct = new List<string>();
        foreach (var part in parts.Where(part => distinct.Count == 0 || !string.Equals(distinct[^1], part, StringComparison.Ordinal)))
        {
            distinct.Add(part);
        }

        if (distinct.Count == 0)
        {
            return null;
        }

        // A wrapped Chinese title joins without a space; Latin words keep one between them.
        var title = new StringBuilder(distinct[0]);
        foreach (var part in distinct.Skip(1))
        {
            if (char.IsAsciiLetterOrDigit(title[^1]) && char.IsAsciiLetterOrDigit(part[0]))
            {
                title.Append(' ');
            }

            title.Append(part);
        }

        return CollapseSpaces(title.ToString());
    }

    private static string CollapseSpaces(string text) => Spaces().Replace(text.Trim(), " ");

    [GeneratedRegex(@"[\s\u00A0\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
