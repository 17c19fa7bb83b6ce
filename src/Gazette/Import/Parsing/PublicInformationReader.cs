namespace Gazette.Import.Parsing;

/// <summary>
/// The 信息公开 table: lines that start with one of its labels (see <see cref="PublicInformationFields"/>), in the page
/// header (before the first paragraph of prose). They count as a table only together, so that a body line starting
/// with 名称 stays body; the table's lines become fields of the page.
/// </summary>
internal sealed class PublicInformationReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        var rows = new List<(int Line, Dictionary<string, string> Fields)>();
        for (var i = lines.Top; i < lines.Count; i++)
        {
            if (!lines.IsText(i))
            {
                continue;
            }

            // 发布日期: … 来源: … is the page's date line even though 发布日期 is also a label of the table.
            if (!SeedPatterns.SourceValue().IsMatch(lines[i]) && PublicInformationFields.Read(lines[i]) is { } fields)
            {
                rows.Add((i, fields));
            }
            else if (LineShapes.LooksLikeBody(lines[i]))
            {
                break;
            }
        }

        if (rows.Count == 0 || !PublicInformationFields.IsTable(rows.Select(r => r.Fields).ToList()))
        {
            return;
        }

        lines.MarkTable([.. rows.Select(r => r.Line)]);
        foreach (var (_, fields) in rows)
        {
            foreach (var (key, value) in fields)
            {
                page.Information.TryAdd(key, value);
            }
        }
    }
}
