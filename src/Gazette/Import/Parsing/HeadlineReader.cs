using System.Text;
using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// Decides which lines are the title and which the body, from the text lines left in the header (between the
/// breadcrumb and the date line) and the shape of the page:
/// <list type="bullet">
/// <item>the date line first and the headline under it (nothing left above the date line);</item>
/// <item>no date line: the first line under the breadcrumb, when it reads like a title;</item>
/// <item>up to three title-like lines above the date line: a title, wrapped or with a subtitle, over the body;</item>
/// <item>more title-like lines: the site's or the column's name stands alone above such a title, and is dropped;</item>
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
        var meta = lines.Meta;
        var above = lines.TextLines(lines.Top, meta?.Start ?? lines.Tail).ToList();

        List<int> titleLines;
        if (meta is not null && above.Count == 0 && TitleBelowDate(lines, meta.End + 1) is { } below)
        {
            // Some sites put the date line first and the headline under it.
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
        else if (above.Count <= LongestWrappedTitle && above.All(i => LineShapes.IsTitleLike(lines[i])))
        {
            titleLines = above;
            page.BodyLines.AddRange(lines.BodyLines(meta.End + 1, lines.Tail));
        }
        else if (above.All(i => LineShapes.IsTitleLike(lines[i])) && WithoutHeaderNames(lines, above) is { Count: > 0 and <= LongestWrappedTitle } title)
        {
            // Above the title, a page without a breadcrumb shows the site's name or the column's alone on a line.
            titleLines = title;
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

        // The title the 信息公开 table names, or the headline, repeated as the body's first line is said once.
        var first = page.BodyLines.FindIndex(i => lines[i].Length > 0);
        if (page.Title is not null && first >= 0 && string.Equals(CollapseSpaces(lines[page.BodyLines[first]]), page.Title, StringComparison.Ordinal))
        {
            page.BodyLines.RemoveAt(first);
        }
    }

    /// <summary>The header's lines without those at its top that name the site or a column (an organisation's name, or a word or two).</summary>
    private static List<int> WithoutHeaderNames(SeedLines lines, List<int> header)
    {
        var start = 0;
        while (start < header.Count && header.Count - start > LongestWrappedTitle
            && (LineShapes.IsOrganisationName(lines[header[start]]) || lines[header[start]].Length <= LongestColumnName))
        {
            start++;
        }

        return header[start..];
    }

    /// <summary>The line under the date line when it reads as a headline over the text that follows; else null.</summary>
    private static int? TitleBelowDate(SeedLines lines, int from)
    {
        var text = lines.TextLines(from, lines.Tail).Take(2).ToList();
        if (text.Count < 2)
        {
            return null;
        }

        var (candidate, next) = (lines[text[0]], lines[text[1]]);
        var headline = LineShapes.IsTitleLike(candidate) && candidate.Length <= LongestHeadlineBelowDate && !",，、".Contains(candidate[^1], StringComparison.Ordinal);
        return headline && (LineShapes.LooksLikeBody(next) || next.Length > candidate.Length) ? text[0] : null;
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
