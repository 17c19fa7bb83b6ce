using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gazette.Import.Parsing;
using Gazette.Site;
using static Gazette.Import.SeedPatterns;

namespace Gazette.Import;

/// <summary>
/// Reads the text of a scraped article page: breadcrumb, title, the date and source line, 信息公开 fields, the body,
/// and the footer, in the many shapes government sites produce. What it cannot find with confidence it leaves null,
/// never guessing; body text is kept character for character, and only page chrome is dropped.
/// </summary>
public static partial class SeedParser
{
    private const int LongestTitle = 100;

    // Breadcrumb, a column heading, a title over two lines, a subtitle, the date line: a page header is never longer.
    private const int LongestHeader = 6;

    /// <summary>Parses a seed's text (already decoded).</summary>
    public static SeedPage Parse(string text)
    {
        var lines = Normalize(text);
        var kinds = new LineKind[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            kinds[i] = lines[i].Length == 0 ? LineKind.Empty
                : Chrome().IsMatch(lines[i]) || Widgets().IsMatch(lines[i]) || TopNavigation().IsMatch(lines[i]) || EditorCredit().IsMatch(lines[i]) ? LineKind.Chrome
                : LineKind.Text;
        }

        var crumb = FindBreadcrumb(lines, kinds);
        var section = crumb >= 0 ? SectionPath(Breadcrumb().Match(lines[crumb]).Groups["path"].Value) : [];
        var top = crumb + 1;
        for (var i = 0; i < top; i++)
        {
            // Above the breadcrumb stand only the site's banner, menus and widgets.
            kinds[i] = LineKind.Chrome;
        }

        var information = ReadPublicInformation(lines, kinds, top);
        var archived = ReadArchiveStamp(lines, kinds, top);
        var tail = FindTail(lines, kinds, top);
        var meta = FindMeta(lines, kinds, top, tail);
        var metaText = meta is { } m ? string.Join(' ', lines[m.Start..(m.End + 1)]) : null;
        for (var i = meta?.Start ?? 0; meta is not null && i <= meta.Value.End; i++)
        {
            kinds[i] = LineKind.Meta;
        }

        metaText = metaText is null ? null : FoldWidth(metaText);
        var date = metaText is not null ? ReadPublishDate(metaText) : null;
        date ??= information.TryGetValue("uploaded", out var uploaded) ? ReadDate(uploaded) : null;
        var source = metaText is not null ? ReadSource(metaText) : null;
        source ??= ReadStraySource(lines, kinds, top, meta?.Start ?? -1);

        var (title, body, documentNumber) = Layout(lines, kinds, top, meta, tail, section, information.GetValueOrDefault("title"));
        if (documentNumber is not null)
        {
            information.TryAdd("doc_no", documentNumber);
        }

        section = WithoutTitleLevel(section, title);
        var blocks = ReadBody(lines, body);
        source ??= RepostSource(blocks);

        return new SeedPage(
            title,
            date,
            source,
            section,
            blocks,
            PublicInformationFields.ToPublicInformation(information, archived),
            ReadFooter(lines));
    }

    private static string[] Normalize(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('&', StringComparison.Ordinal))
            {
                // Scrapers leave entities such as &nbsp; in; they stand for characters, which is what is kept.
                line = WebUtility.HtmlDecode(line);
            }

            lines[i] = Clean(Gazette.Text.ControlCharacters.Remove(line));
        }

        return lines;
    }

    private static string Clean(string line) => line.Trim(' ', '\t', '\u00A0', '\u3000', '\uFEFF', '\u200B');

    private static int FindBreadcrumb(string[] lines, LineKind[] kinds)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] == LineKind.Text && IsBreadcrumb(lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Some breadcrumbs end with the article itself (首页 > 新闻 > 某某标题, or its first words and an ellipsis);
    /// that level is not a section.
    /// </summary>
    private static ImmutableArray<string> WithoutTitleLevel(ImmutableArray<string> section, string? title)
    {
        if (section.IsEmpty)
        {
            return section;
        }

        var last = section[^1];
        var truncated = last.TrimEnd('…', '.', '。');
        var isTitle = (title is not null && truncated.Length >= 6 && title.StartsWith(truncated, StringComparison.Ordinal))
            || last.Length > 24 || last.EndsWith('…') || last.EndsWith("...", StringComparison.Ordinal);
        return isTitle ? section.RemoveAt(section.Length - 1) : section;
    }

    private static ImmutableArray<string> SectionPath(string path)
    {
        var names = new List<string>();
        foreach (var part in BreadcrumbSeparator().Split(path))
        {
            var name = Clean(part);
            if (name.Length == 0 || NotASection().IsMatch(name))
            {
                continue;
            }

            // Some sites repeat a level (工作动态 > 工作动态); one is enough.
            if (names.Count == 0 || !string.Equals(names[^1], name, StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        return [.. names];
    }

    /// <summary>
    /// The 信息公开 table: lines that start with one of its labels, in the page header (before the first paragraph of
    /// prose). They count as a table only together, so that a body line starting with 名称 stays body.
    /// </summary>
    private static Dictionary<string, string> ReadPublicInformation(string[] lines, LineKind[] kinds, int top)
    {
        var rows = new List<(int Line, Dictionary<string, string> Fields)>();
        for (var i = top; i < lines.Length; i++)
        {
            if (kinds[i] != LineKind.Text)
            {
                continue;
            }

            // 发布日期: … 来源: … is the page's date line even though 发布日期 is also a label of the table.
            if (!SourceValue().IsMatch(lines[i]) && PublicInformationFields.Read(lines[i]) is { } fields)
            {
                rows.Add((i, fields));
            }
            else if (LooksLikeBody(lines[i]))
            {
                break;
            }
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rows.Count == 0 || !PublicInformationFields.IsTable(rows.Select(r => r.Fields).ToList()))
        {
            return result;
        }

        foreach (var (line, fields) in rows)
        {
            kinds[line] = LineKind.Meta;
            foreach (var (key, value) in fields)
            {
                result.TryAdd(key, value);
            }
        }

        return result;
    }

    private static string? ReadArchiveStamp(string[] lines, LineKind[] kinds, int top)
    {
        for (var i = top; i < lines.Length; i++)
        {
            if (kinds[i] == LineKind.Text && Archived().Match(lines[i]) is { Success: true } match)
            {
                kinds[i] = LineKind.Meta;
                return match.Groups["value"].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>Where the body ends: the related-articles list or the footer, whichever comes first.</summary>
    private static int FindTail(string[] lines, LineKind[] kinds, int top)
    {
        // The footer is the run of footer, widget and empty lines at the very end. A contact line (电话, 地址) belongs
        // to it only below its first unmistakable footer line; above that it is the body's own closing paragraph.
        var footer = lines.Length;
        var scan = lines.Length - 1;
        while (scan >= top && (kinds[scan] is LineKind.Empty or LineKind.Chrome || StrongFooter().IsMatch(lines[scan]) || WeakFooter().IsMatch(lines[scan])))
        {
            if (kinds[scan] == LineKind.Chrome || StrongFooter().IsMatch(lines[scan]))
            {
                footer = scan;
            }

            scan--;
        }

        for (var i = top; i < footer; i++)
        {
            if (kinds[i] == LineKind.Text && RelatedHeading().IsMatch(lines[i]))
            {
                return i;
            }
        }

        return footer;
    }

    /// <summary>
    /// The date and source line (possibly split over several lines): the first such line in the page's header, or a
    /// line just above the footer when the title and date follow the body. A date inside the body is never taken.
    /// </summary>
    private static (int Start, int End)? FindMeta(string[] lines, LineKind[] kinds, int top, int tail)
    {
        var headerEnd = top;
        var headerLines = 0;
        while (headerEnd < tail && headerLines < LongestHeader && !(kinds[headerEnd] == LineKind.Text && LooksLikeBody(lines[headerEnd]) && !IsDateMeta(lines[headerEnd])))
        {
            headerLines += kinds[headerEnd] == LineKind.Text ? 1 : 0;
            headerEnd++;
        }

        int? found = null;
        for (var i = top; i < headerEnd; i++)
        {
            if (kinds[i] == LineKind.Text && IsDateMeta(lines[i]))
            {
                found = i;
                break;
            }
        }

        if (found is null)
        {
            // Title and date after the body: the date line is the last text before the footer.
            var last = LastText(kinds, tail - 1, top);
            if (last >= 0 && IsDateMeta(lines[last]))
            {
                found = last;
            }
        }

        if (found is not { } line)
        {
            return null;
        }

        var start = line;
        while (start - 1 >= top && kinds[start - 1] == LineKind.Text && MetaOnly().IsMatch(lines[start - 1]))
        {
            start--;
        }

        var end = line;
        while (end + 1 < tail && kinds[end + 1] == LineKind.Text && (MetaOnly().IsMatch(lines[end + 1]) || (StartsWithDate().IsMatch(lines[end + 1]) && IsDateMeta(lines[end + 1]))))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsDateMeta(string line)
    {
        line = FoldWidth(line);
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

    private static bool LooksLikeBody(string line) =>
        line.Length > LongestTitle || line.EndsWith('。') || line.EndsWith('；') || line.EndsWith(';');

    private static bool IsTitleLike(string line) =>
        line.Length > 1 && !LooksLikeBody(line) && !line.EndsWith('：') && !line.EndsWith(':') && !StartsWithDate().IsMatch(line);

    private static int LastText(LineKind[] kinds, int from, int top)
    {
        for (var i = from; i >= top; i--)
        {
            if (kinds[i] == LineKind.Text)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Decides which lines are the title and which the body.</summary>
    private static (string? Title, List<int> Body, string? DocumentNumber) Layout(
        string[] lines, LineKind[] kinds, int top, (int Start, int End)? meta, int tail, ImmutableArray<string> section, string? namedTitle)
    {
        string? headerDocumentNumber = null;
        var body = new List<int>();
        var headEnd = meta?.Start ?? tail;
        var above = Enumerable.Range(top, Math.Max(0, headEnd - top)).Where(i => kinds[i] == LineKind.Text).ToList();

        // A document number in the header is a field of the page, not part of its title.
        foreach (var i in above.Where(i => meta is not null && DocumentNumber().IsMatch(lines[i])).ToList())
        {
            kinds[i] = LineKind.Meta;
            headerDocumentNumber ??= lines[i];
            above.Remove(i);
        }

        // A heading that only repeats the section's name is part of the page frame, not the title.
        if (above.Count > 1 && !section.IsEmpty && lines[above[0]].Length <= 12 && string.Equals(lines[above[0]], section[^1], StringComparison.Ordinal))
        {
            kinds[above[0]] = LineKind.Chrome;
            above.RemoveAt(0);
        }

        List<int> titleLines;
        if (meta is not null && above.Count == 0 && TitleBelowMeta(lines, kinds, meta.Value.End + 1, tail) is { } below)
        {
            // Some sites put the date line first and the headline under it.
            titleLines = [below];
            body.AddRange(Range(kinds, below + 1, tail));
        }
        else if (meta is null)
        {
            // No date line: the first line under the breadcrumb is the title when it reads like one.
            titleLines = above.Count > 0 && IsTitleLike(lines[above[0]]) && top > 0 ? [above[0]] : [];
            body.AddRange(above.Skip(titleLines.Count));
        }
        else if (above.Count <= 3 && above.All(i => IsTitleLike(lines[i])))
        {
            titleLines = above;
            body.AddRange(Range(kinds, meta.Value.End + 1, tail));
        }
        else
        {
            // The body comes first and the title stands on the line above the date.
            var last = above.Count > 0 ? above[^1] : -1;
            titleLines = last >= 0 && IsTitleLike(lines[last]) ? [last] : [];
            body.AddRange(above.Take(above.Count - titleLines.Count));
            body.AddRange(Range(kinds, meta.Value.End + 1, tail));
        }

        var title = JoinTitle(titleLines.Select(i => lines[i]).ToList());
        if (namedTitle is not null)
        {
            // The 信息公开 table names the document exactly; a heading that repeats it is not body either.
            title = CollapseSpaces(namedTitle);
        }

        return (title, body, headerDocumentNumber);
    }

    /// <summary>The line under the date line when it reads as a headline over the text that follows; else null.</summary>
    private static int? TitleBelowMeta(string[] lines, LineKind[] kinds, int from, int tail)
    {
        var text = Enumerable.Range(from, Math.Max(0, tail - from)).Where(i => kinds[i] == LineKind.Text).Take(2).ToList();
        if (text.Count < 2)
        {
            return null;
        }

        var (candidate, next) = (lines[text[0]], lines[text[1]]);
        var headline = IsTitleLike(candidate) && candidate.Length <= 60 && !",，、".Contains(candidate[^1], StringComparison.Ordinal);
        return headline && (LooksLikeBody(next) || next.Length > candidate.Length) ? text[0] : null;
    }

    private static IEnumerable<int> Range(LineKind[] kinds, int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).Where(i => kinds[i] is LineKind.Text or LineKind.Empty);

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

    private static ImmutableArray<SeedBlock> ReadBody(string[] lines, List<int> body)
    {
        var blocks = ImmutableArray.CreateBuilder<SeedBlock>();
        for (var k = 0; k < body.Count; k++)
        {
            var line = lines[body[k]];
            if (line.Length == 0)
            {
                continue;
            }

            if (FlattenedTables.RowCells(line) is { } first && NextText(lines, body, k) is { } next && FlattenedTables.RowCells(lines[body[next]]) is not null)
            {
                var rows = new List<ImmutableArray<string>> { first };
                while (NextText(lines, body, k) is { } n && n == k + 1 && FlattenedTables.RowCells(lines[body[n]]) is { } row)
                {
                    rows.Add(row);
                    k = n;
                }

                if (rows.Count >= 2)
                {
                    blocks.Add(FlattenedTables.Square(rows));
                    continue;
                }

                k -= rows.Count - 1;
            }

            if (FlattenedTables.Cell(line) is not null)
            {
                var (table, last) = ReadCellTable(lines, body, k);
                if (table is not null)
                {
                    blocks.Add(table);
                    k = last;
                    continue;
                }
            }

            blocks.Add(new SeedParagraph(line));
        }

        return blocks.ToImmutable();
    }

    private static int? NextText(string[] lines, List<int> body, int k) =>
        k + 1 < body.Count && lines[body[k + 1]].Length > 0 ? k + 1 : null;

    /// <summary>One cell per line, rows separated by one blank line; a run with no blank lines is one column.</summary>
    private static (SeedTable? Table, int Last) ReadCellTable(string[] lines, List<int> body, int k)
    {
        var rows = new List<ImmutableArray<string>>();
        var row = new List<string>();
        var last = k;
        for (var j = k; j < body.Count; j++)
        {
            var line = lines[body[j]];
            if (line.Length == 0)
            {
                if (row.Count == 0 || j + 1 >= body.Count || FlattenedTables.Cell(lines[body[j + 1]]) is null)
                {
                    break;
                }

                rows.Add([.. row]);
                row.Clear();
                continue;
            }

            if (FlattenedTables.Cell(line) is not { } cell)
            {
                break;
            }

            row.Add(cell);
            last = j;
        }

        if (row.Count > 0)
        {
            rows.Add([.. row]);
        }

        if (rows.Count == 1)
        {
            rows = [.. rows[0].Select(c => ImmutableArray.Create(c))];
        }

        return rows.Count >= 2 ? (FlattenedTables.Square(rows), last) : (null, k);
    }

    private static string? RepostSource(ImmutableArray<SeedBlock> blocks)
    {
        foreach (var paragraph in blocks.Reverse().Take(3).OfType<SeedParagraph>())
        {
            if (RepostCredit().Match(paragraph.Text) is { Success: true } match)
            {
                return match.Groups["value"].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// The publish date of a date line that may hold several: the one after a publish label (发布, 发表, 上载, 时间)
    /// wins over a document's own date (成文, 印发).
    /// </summary>
    private static PublicationDate? ReadPublishDate(string metaText)
    {
        Match? chosen = null;
        foreach (Match match in Date().Matches(metaText))
        {
            var before = metaText[Math.Max(0, match.Index - 8)..match.Index];
            if (DocumentDateLabel().IsMatch(before))
            {
                continue;
            }

            if (PublishLabel().IsMatch(before))
            {
                chosen = match;
                break;
            }

            chosen ??= match;
        }

        return ReadDate(chosen ?? Date().Match(metaText));
    }

    private static PublicationDate? ReadDate(string text) => ReadDate(Date().Match(FoldWidth(text)));

    private static PublicationDate? ReadDate(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        if (!match.Groups["h"].Success)
        {
            return PublicationDate.OnDay(year, month, day);
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return PublicationDate.OnDay(year, month, day);
        }

        // Old CMSs print 00:00:00 for "no time recorded"; a real release at midnight is indistinguishable and rare.
        return hour == 0 && minute == 0 && second == 0
            ? PublicationDate.OnDay(year, month, day)
            : PublicationDate.At(year, month, day, hour, minute, second);
    }

    private static string? ReadSource(string metaText)
    {
        var match = SourceValue().Match(metaText);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"].Value.Trim(' ', '\u00A0', '\u3000', '\t', '-', '|', '【', '】', '[', ']');
        return value.Length > 0 ? value : null;
    }

    /// <summary>A source standing on a line of its own above the title (来源：X), which is then not part of the title.</summary>
    private static string? ReadStraySource(string[] lines, LineKind[] kinds, int top, int metaStart)
    {
        string? source = null;
        for (var i = top; i < metaStart; i++)
        {
            if (kinds[i] == LineKind.Text && MetaOnly().IsMatch(lines[i]))
            {
                kinds[i] = LineKind.Meta;
                source ??= ReadSource(FoldWidth(lines[i]));
            }
        }

        return source;
    }

    /// <summary>Full-width digits and date punctuation as ASCII, for reading dates only; body text keeps its own.</summary>
    private static string FoldWidth(string text)
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

    private static SiteFooter ReadFooter(string[] lines)
    {
        var text = string.Join('\n', lines);
        string? Find(Regex pattern) => pattern.Match(text) is { Success: true } m ? m.Groups["v"].Value.Trim() : null;
        return new SiteFooter(
            Find(Supervisor()),
            Find(Sponsor()),
            Find(SiteCode()),
            Find(Icp()),
            Find(Police()),
            Find(Phone()),
            Find(Address()),
            Find(Postcode()),
            Find(Email()));
    }

    [GeneratedRegex(@"(?:[发發][布佈表稿](?:日期|[时時][间間])|[更][新](?:[时時][间間]|日期)|[时時][间間]|日期|[发發][布佈]于)\s*[:：]?[-\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLabelBefore();

    [GeneratedRegex(@"(?:[发發][布佈表]|上[载載]|公[开開]|[时時][间間]|日期)\s*[:：]?[-\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PublishLabel();

    [GeneratedRegex(@"(?:成文|印[发發]|[发發]文|[签簽][发發])(?:日期|[时時][间間])?\s*[:：]?[-\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentDateLabel();

    [GeneratedRegex(@"[\s\u00A0\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    private enum LineKind
    {
        Empty,
        Text,
        Chrome,
        Meta,
    }
}
