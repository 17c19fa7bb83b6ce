using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// A document number on a line of its own in the header of a page with a date line (某府〔2011〕33号 above the
/// date): a field of the page (doc_no, unless the 信息公开 table gave one), not part of its title.
/// </summary>
internal sealed partial class DocumentNumberReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        if (lines.Meta is not { } meta)
        {
            return;
        }

        string? first = null;
        foreach (var i in lines.TextLines(lines.Top, meta.Start).Where(i => DocumentNumber().IsMatch(lines[i])).ToList())
        {
            lines.MarkMeta(i);
            first ??= lines[i];
        }

        if (first is not null)
        {
            page.Information.TryAdd("doc_no", first);
        }
    }

    /// <summary>A document number line: 某府〔2011〕33号, 国办发〔2024〕10号, 苏人社发[2020]15号.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,16}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*[号號]$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();
}
