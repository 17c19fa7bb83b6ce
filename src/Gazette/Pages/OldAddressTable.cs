using Gazette.Diagnostics;
using Gazette.Site;

namespace Gazette.Pages;

/// <summary>
/// Every old address of the site's articles and the article it now belongs to: those under <c>base_path</c>, where a
/// redirect page can be written, by the site path of that page; those outside it (<see cref="AddressRules.DomainRootMark"/>),
/// which only the web server's map can answer, by their path from the domain root.
/// </summary>
/// <param name="Inside">Old addresses under <c>base_path</c>, as site paths (<c>old/a.html</c>, <c>old/index.html</c>).</param>
/// <param name="Outside">Old addresses outside <c>base_path</c>, as paths from the domain root (<c>/art/a.html</c>).</param>
internal sealed record OldAddressTable(IReadOnlyDictionary<string, Article> Inside, IReadOnlyDictionary<string, Article> Outside)
{
    /// <summary>Whether no article has an old address.</summary>
    public bool IsEmpty => Inside.Count == 0 && Outside.Count == 0;

    /// <summary>
    /// Collects the articles' old addresses; an address claimed twice, or that is the address of another article, is an
    /// error naming the article's file.
    /// </summary>
    public static OldAddressTable Of(SiteSettings settings, IEnumerable<Article> articles)
    {
        var inside = new Dictionary<string, Article>(StringComparer.Ordinal);
        var outside = new Dictionary<string, Article>(StringComparer.Ordinal);
        var errors = new List<GazetteError>();
        var all = articles.ToList();
        var articlePaths = all.Select(a => a.SitePath).ToHashSet(StringComparer.Ordinal);
        foreach (var article in all)
        {
            foreach (var address in RedirectPages.OldAddressesOf(settings, article))
            {
                if (address.StartsWith(AddressRules.DomainRootMark, StringComparison.Ordinal))
                {
                    var fromRoot = address[AddressRules.DomainRootMark.Length..];
                    if (!outside.TryAdd(fromRoot, article))
                    {
                        errors.Add(new GazetteError(article.SourceFile, null, $"old address {fromRoot} is also claimed by {outside[fromRoot].SourceFile}"));
                    }

                    continue;
                }

                var path = address.TrimStart('/');
                var sitePath = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                if (string.Equals(sitePath, article.SitePath, StringComparison.Ordinal))
                {
                    continue;
                }

                if (articlePaths.Contains(sitePath))
                {
                    errors.Add(new GazetteError(article.SourceFile, null, $"old address /{path} is the address of another article"));
                }
                else if (inside.TryGetValue(sitePath, out var other))
                {
                    errors.Add(new GazetteError(article.SourceFile, null, $"old address /{path} is also claimed by {other.SourceFile}"));
                }
                else
                {
                    inside[sitePath] = article;
                }
            }
        }

        return errors.Count > 0 ? throw new GazetteException(errors) : new OldAddressTable(inside, outside);
    }

    /// <summary>
    /// Each old address as the web server sees it (from the domain root; a folder's <c>index.html</c> as the folder)
    /// and the new address, ordered by the old.
    /// </summary>
    public IEnumerable<(string Old, string New)> Moves(SiteSettings settings) =>
        Inside.Select(c => (Old: settings.BasePath + (c.Key.EndsWith("/index.html", StringComparison.Ordinal) || c.Key == "index.html" ? c.Key[..^"index.html".Length] : c.Key), Article: c.Value))
            .Concat(Outside.Select(o => (Old: o.Key, Article: o.Value)))
            .OrderBy(e => e.Old, StringComparer.Ordinal)
            .Select(e => (e.Old, settings.Link(e.Article.SitePath)));
}
