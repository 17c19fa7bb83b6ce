namespace Gazette.Import.Parsing;

/// <summary>
/// Reads the text of a scraped article page: breadcrumb, title, the date and source line, 信息公开 fields, the body,
/// and the footer, in the many shapes government sites produce. What it cannot find with confidence it leaves null,
/// never guessing; body text is kept character for character, and only page chrome is dropped. Each shape's rule is
/// one reader of <see cref="SeedReaders.InOrder"/>, run over the page's lines (<see cref="SeedLines"/>) in that order.
/// </summary>
internal static class SeedParser
{
    /// <summary>Parses a seed's text (already decoded).</summary>
    public static SeedPage Parse(string text)
    {
        var lines = LinesOf(text);
        var page = new SeedDraft();
        foreach (var reader in SeedReaders.InOrder)
        {
            reader.Read(lines, page);
        }

        return page.ToPage();
    }

    /// <summary>The lines the readers see: trimmed, entities decoded, labels in the one layout they know.</summary>
    public static SeedLines LinesOf(string text) => new(MetaLayout.Normalize(SeedText.Normalize(text)));
}
