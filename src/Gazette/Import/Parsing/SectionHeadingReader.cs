namespace Gazette.Import.Parsing;

/// <summary>
/// A column heading that only repeats the section's name (工作动态 under 首页 > 工作动态) at the top of the header:
/// part of the page frame, not the title. It is taken only when another header line follows, which can be the title.
/// </summary>
internal sealed class SectionHeadingReader : ISeedReader
{
    private const int LongestHeading = 12;

    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        var header = lines.TextLines(lines.Top, lines.Meta?.Start ?? lines.Tail).Take(2).ToList();
        if (header.Count > 1 && !page.Section.IsEmpty && lines[header[0]].Length <= LongestHeading
            && string.Equals(lines[header[0]], page.Section[^1], StringComparison.Ordinal))
        {
            lines.MarkChrome(header[0]);
        }
    }
}
