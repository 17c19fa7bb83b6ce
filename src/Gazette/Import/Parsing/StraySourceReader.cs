namespace Gazette.Import.Parsing;

/// <summary>
/// A source standing on a line of its own above the date line (来源：X), when the date line itself names none: the
/// line becomes a field of the page, so it is not read as part of the title.
/// </summary>
internal sealed class StraySourceReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        // Only when the date line named no source: the parser has always read it so, and with a source found such a
        // line stays text for the headline reader.
        if (page.Source is not null || lines.Meta is not { } meta)
        {
            return;
        }

        for (var i = lines.Top; i < meta.Start; i++)
        {
            if (lines.IsText(i) && SeedPatterns.MetaOnly().IsMatch(lines[i]))
            {
                lines.MarkMeta(i);
                page.Source ??= MetaText.ReadSource(MetaText.FoldWidth(lines[i]));
            }
        }
    }
}
