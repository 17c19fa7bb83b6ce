using System.Collections.Immutable;

namespace Gazette.Import.Parsing;

/// <summary>
/// The body's blocks from the lines the headline reader left as body: each text line a paragraph, verbatim, except
/// tables a scraper flattened (see <see cref="FlattenedTables"/>) — two or more consecutive <c>a | b</c> row lines, or
/// one cell per line ending in <c> |</c> with a blank line between rows — which are rebuilt as tables, and
/// attachment lists (see <see cref="AttachmentLists"/>).
/// </summary>
internal sealed class BodyReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        var body = page.BodyLines;
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

            if (AttachmentLists.Read(lines, body, k) is { } attachments)
            {
                blocks.Add(attachments.Heading);
                blocks.Add(attachments.List);
                k = attachments.Last;
                continue;
            }

            blocks.Add(new SeedParagraph(line));
        }

        page.Blocks = blocks.ToImmutable();
    }

    private static int? NextText(SeedLines lines, List<int> body, int k) =>
        k + 1 < body.Count && lines[body[k + 1]].Length > 0 ? k + 1 : null;

    /// <summary>One cell per line, rows separated by one blank line; a run with no blank lines is one column.</summary>
    private static (SeedTable? Table, int Last) ReadCellTable(SeedLines lines, List<int> body, int k)
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
}
