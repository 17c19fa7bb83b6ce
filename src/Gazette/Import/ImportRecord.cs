namespace Gazette.Import;

/// <summary>What import last wrote for one seed.</summary>
/// <param name="Markdown">The Markdown file, relative to the root.</param>
/// <param name="Sha256">The SHA-256 of the bytes import wrote, lower-case hex.</param>
internal sealed record ImportRecord(string Markdown, string Sha256);
