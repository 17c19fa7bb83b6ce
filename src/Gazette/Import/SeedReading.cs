using Gazette.FileSystem;
using Gazette.Import.Parsing;
using Gazette.Incremental;

namespace Gazette.Import;

/// <summary>A seed read and parsed in this import.</summary>
/// <param name="Seed">The seed, relative to the root.</param>
/// <param name="File">The seed file as listed.</param>
/// <param name="Remembered">The seed file as the import cache will remember it.</param>
/// <param name="Folders">The folders between <c>seeds/</c> and the seed.</param>
/// <param name="Page">What the parser read.</param>
/// <param name="Notes">How it was decoded, when the webmaster should know; null otherwise.</param>
internal sealed record SeedReading(string Seed, SiteFiles.Found File, RememberedFile Remembered, IReadOnlyList<string> Folders, SeedPage Page, string? Notes);
