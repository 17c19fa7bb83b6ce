using System.Collections.Immutable;
using Gazette.Diagnostics;
using Gazette.Site;

namespace Gazette.Content;

/// <summary>Every article the build publishes, newest first, and those it leaves out.</summary>
/// <param name="Articles">Published articles, newest first; ties broken by address so the order is always the same.</param>
/// <param name="Excluded">Files marked for review or as drafts, and articles held until their date.</param>
internal sealed record ContentSet(ImmutableArray<Article> Articles, ImmutableArray<ExcludedArticle> Excluded)
{
    /// <summary>The published pages (单页), by weight, then slug.</summary>
    public ImmutableArray<SinglePage> Pages { get; init; } = [];

    /// <summary>Warnings about the published articles (links shown as text), sorted by file then line.</summary>
    public ImmutableArray<GazetteError> Warnings { get; init; } = [];

    /// <summary>What the build shows before its time.</summary>
    public ReleaseRules Release { get; init; } = ReleaseRules.Publish;

    /// <summary>The build's clock, by which articles are scheduled or expired.</summary>
    public DateTimeOffset Now { get; init; }

    /// <summary>
    /// The first moment after <see cref="Now"/> at which the same files make a different site (an article comes out or
    /// expires, or a preview banner goes); null when none is coming.
    /// </summary>
    public DateTimeOffset? NextChange { get; init; }

    /// <summary>Whether the article's <c>expires</c> has passed: it is off lists and feeds, and its page says so.</summary>
    public bool IsExpired(Article article) => article.Expires is { } expires && expires.Value <= Now;

    /// <summary>Whether the article is shown before its date (by <c>--future</c> or in the preview).</summary>
    public bool IsEarly(Article article) => article.Date.Value > Now;
}
