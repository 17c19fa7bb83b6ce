using System.Collections.Immutable;
using Gazette.Diagnostics;
using Gazette.Site;

namespace Gazette.Content;

/// <summary>Every article the build publishes, newest first, and those it leaves out.</summary>
/// <param name="Articles">Published articles, newest first; ties broken by address so the order is always the same.</param>
/// <param name="Excluded">Files marked for review or as drafts.</param>
internal sealed record ContentSet(ImmutableArray<Article> Articles, ImmutableArray<ExcludedArticle> Excluded)
{
    /// <summary>Warnings about the published articles (links shown as text), sorted by file then line.</summary>
    public ImmutableArray<GazetteError> Warnings { get; init; } = [];
}
