namespace Gazette.Import.Parsing;

/// <summary>
/// A source standing on a line of its own above the date line (来源：X), or just under it where the headline follows
/// the date, when the date line itself names none, or among the first lines of a page with no date line: the line
/// becomes a field of the page, so it is neither title nor body.
/// </summary>
internal sealed class StraySourceReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        // Only when the date line named no source: the parser has always read it so, and with a source found such a
        // line stays text for the headline reader.
        if (page.Source is not null)
        {
            return;
        }

        if (lines.Meta is not { } meta)
        {
            // No date line at all: a 来源 line among the page's first lines is still its source, not body.
            foreach (var i in lines.TextLines(lines.Top, lines.Tail).Take(3).ToList())
            {
                var text = MetaText.FoldWidth(lines[i]);
                if (text.Length <= LineShapes.LongestTitle && SeedPatterns.SourceValue().Match(text) is { Success: true, Index: 0 })
                {
                    lines.MarkMeta(i);
                    page.Source ??= MetaText.ReadSource(text);
                }
            }

            return;
        }

        // Above the date line, or among the first lines under it when the headline stands there (date, title, source).
        // (A kicker may stand over that headline, so the source can be the third line.)
        var below = lines.TextLines(meta.End + 1, lines.Tail).Take(3);
        foreach (var i in lines.TextLines(lines.Top, meta.Start).Concat(below).ToList())
        {
            if (SeedPatterns.MetaOnly().IsMatch(lines[i]))
            {
                lines.MarkMeta(i);
                page.Source ??= MetaText.ReadSource(MetaText.FoldWidth(lines[i]));
            }
        }
    }
}
