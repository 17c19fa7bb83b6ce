namespace Gazette.Site;

/// <summary>A Markdown file deliberately left out of the build, and why.</summary>
/// <param name="SourceFile">The file, relative to the site root.</param>
/// <param name="Reason">For example the <c>review</c> note import left, or "draft".</param>
public sealed record ExcludedArticle(string SourceFile, string Reason);
