using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Site;

namespace Gazette.Import;

/// <summary>What import made of one seed, and the files it was made from and into, as they were then.</summary>
/// <param name="Outcome">What import did with the seed.</param>
/// <param name="Seed">The seed file.</param>
/// <param name="Markdown">The Markdown file as import left it; null when there was none (a person deleted it).</param>
/// <param name="Facts">What the page told <c>_site.yml</c>, so that a later import can complete it without reading the seed.</param>
internal sealed record ImportCacheEntry(ImportOutcome Outcome, RememberedFile Seed, RememberedFile? Markdown, SeedFacts Facts)
{
    /// <summary>
    /// The cache's entry when the seed and the Markdown file still hold what it remembers (refreshed when that had
    /// to be read to be sure); null when the seed must be imported again.
    /// </summary>
    public ImportCacheEntry? StillHolds(SitePaths paths, SiteFiles.Found seed, long seenAt, bool recheckMarkdown)
    {
        if (Outcome.Status == ImportStatus.Failed || !Seed.Matches(seed.Size, seed.WriteTimeTicks, () => File.ReadAllBytes(seed.FullPath), out var seedBytes))
        {
            return null;
        }

        var current = seedBytes is null ? this : this with { Seed = RememberedFile.Of(seed.Size, seed.WriteTimeTicks, seedBytes, seenAt) };
        if (!recheckMarkdown)
        {
            return current;
        }

        var markdown = Outcome.Markdown is { } target ? new FileInfo(Path.Combine(paths.Root, target)) : null;
        if (Markdown is not { } known)
        {
            // Import left no file (a person had deleted it): it still counts as deleted only while there is none.
            return markdown is { Exists: true } ? null : current;
        }

        if (markdown is not { Exists: true })
        {
            return null;
        }

        var ticks = markdown.LastWriteTimeUtc.Ticks;
        if (!known.Matches(markdown.Length, ticks, () => File.ReadAllBytes(markdown.FullName), out var markdownBytes))
        {
            return null;
        }

        return markdownBytes is null ? current : current with { Markdown = RememberedFile.Of(markdown.Length, ticks, markdownBytes, seenAt) };
    }
}

