using Gazette.Site;

namespace Gazette.Content;

/// <summary>
/// Which read articles a build shows at a given moment: an article dated after it is held (<c>scheduled</c>) unless the
/// rules show the future, and the next moment at which that choice, an expiry or a preview banner changes.
/// </summary>
/// <param name="Shown">The articles the build publishes, in the order given.</param>
/// <param name="Held">The articles held until their date, as left-out files.</param>
/// <param name="NextChange">When the same files will next make a different site; null when never.</param>
internal sealed record ReleaseSchedule(List<Article> Shown, List<ExcludedArticle> Held, DateTimeOffset? NextChange)
{
    /// <summary>Splits <paramref name="articles"/> by <paramref name="rules"/> at <paramref name="now"/>.</summary>
    public static ReleaseSchedule Apply(IReadOnlyList<Article> articles, ReleaseRules rules, DateTimeOffset now)
    {
        var shown = new List<Article>(articles.Count);
        var held = new List<ExcludedArticle>();
        DateTimeOffset? next = null;
        foreach (var article in articles)
        {
            var early = article.Date.Value > now;
            if (early && !rules.Future)
            {
                held.Add(new ExcludedArticle(article.SourceFile, "scheduled for " + article.Date.ToDisplayString()));
                next = Earliest(next, article.Date.Value);
                continue;
            }

            shown.Add(article);
            if (early && rules.Banners)
            {
                next = Earliest(next, article.Date.Value);
            }

            if (article.Expires is { } expires && expires.Value > now)
            {
                next = Earliest(next, expires.Value);
            }
        }

        return new ReleaseSchedule(shown, held, next);
    }

    private static DateTimeOffset Earliest(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x <= b ? x : b;
}
