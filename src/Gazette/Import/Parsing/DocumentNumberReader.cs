namespace Gazette.Import.Parsing;

/// <summary>
/// A document number on a line of its own in the header of a page with a date line (某府〔2011〕33号, or an
/// announcement's （2023年第28号）, above the date): a field of the page (doc_no, unless the 信息公开 table gave one), not part of its title.
/// </summary>
internal sealed class DocumentNumberReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        if (lines.Meta is not { } meta)
        {
            return;
        }

        string? first = null;
        foreach (var i in lines.TextLines(lines.Top, meta.Start).Where(i => SeedPatterns.DocumentNumber().IsMatch(lines[i])).ToList())
        {
            lines.MarkMeta(i);
            first ??= SeedPatterns.DocumentNumber().Match(lines[i]).Groups["number"].Value;
        }

        if (first is not null)
        {
            page.Information.TryAdd("doc_no", first);
        }
    }
}
