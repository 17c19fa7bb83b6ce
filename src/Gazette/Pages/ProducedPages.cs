using System.Collections.Immutable;

namespace Gazette.Pages;

/// <summary>What one producer hands on: files to write and the pages among them that belong in the sitemap.</summary>
/// <param name="Files">Files, in a stable order.</param>
/// <param name="SitemapEntries">Sitemap entries for the pages among them.</param>
internal sealed record ProducedPages(ImmutableArray<OutputFile> Files, ImmutableArray<SitemapEntry> SitemapEntries)
{
    /// <summary>Files that do not belong in the sitemap.</summary>
    public static ProducedPages Of(IEnumerable<OutputFile> files) => new([.. files], []);
}
