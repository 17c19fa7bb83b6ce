using Gazette.Incremental;

namespace Gazette.Import;

/// <summary>What import made of one seed, and the files it was made from and into, as they were then.</summary>
/// <param name="Outcome">What import did with the seed.</param>
/// <param name="Seed">The seed file.</param>
/// <param name="Markdown">The Markdown file as import left it; null when there was none (a person deleted it).</param>
/// <param name="Facts">What the page told <c>_site.yml</c>, so that a later import can complete it without reading the seed.</param>
internal sealed record ImportCacheEntry(ImportOutcome Outcome, RememberedFile Seed, RememberedFile? Markdown, SeedFacts Facts);
