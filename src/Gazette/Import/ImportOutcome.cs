namespace Gazette.Import;

/// <summary>What import did with one seed.</summary>
/// <param name="Seed">The seed, relative to the root.</param>
/// <param name="Markdown">The Markdown file, relative to the root; null when none was written.</param>
/// <param name="Status">What happened.</param>
/// <param name="Detail">Why, for skipped and failed seeds.</param>
/// <param name="Review">Why the article needs a person's review before it is published; null when it does not.</param>
/// <param name="Placement">Which rule put the article in its section; null when the seed could not be read.</param>
public sealed record ImportOutcome(string Seed, string? Markdown, ImportStatus Status, string? Detail = null, string? Review = null, SectionPlacement? Placement = null);
