using System.Collections.Immutable;
using Gazette.Diagnostics;
using Gazette.Site;

namespace Gazette.Incremental;

/// <summary>What reading one Markdown file gave, kept by the hash of its content: an article, or why it was left out.</summary>
/// <param name="Hash">The XxHash3 of the file's content.</param>
/// <param name="Article">The article, when it is published.</param>
/// <param name="Excluded">Why it is not, when it is a draft or awaits review.</param>
internal sealed record ArticleCacheEntry(ulong Hash, Article? Article, ExcludedArticle? Excluded)
{
    /// <summary>What the build warns about the article on every build until it is fixed (links shown as text), by line.</summary>
    public ImmutableArray<GazetteError> Warnings { get; init; } = [];
}
