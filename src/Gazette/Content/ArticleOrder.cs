using Gazette.Site;

namespace Gazette.Content;

/// <summary>The one order of every list on the site: newest first, then by address, so output never depends on file order.</summary>
internal sealed class ArticleOrder : IComparer<Article>
{
    /// <summary>The shared comparer; it has no state.</summary>
    public static ArticleOrder NewestFirst { get; } = new();

    /// <inheritdoc />
    public int Compare(Article? x, Article? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return 1;
        }

        if (y is null)
        {
            return -1;
        }

        var byDate = y.Date.CompareTo(x.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(x.SitePath, y.SitePath);
    }
}
