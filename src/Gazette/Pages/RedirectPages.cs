using System.Text;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Text;
using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>
/// A small page at every old address of an article — its front matter <c>aliases</c>, and the
/// address the <c>old_addresses</c> rule of <c>_site.yml</c> gives it — that sends readers and search engines to the
/// new address (meta refresh and canonical link), plus <c>redirects.map</c>, the same table for nginx to answer with 301.
/// Old addresses are paths under the site's base path; one written in full on the site's host and outside the base
/// path (<see cref="AddressRules.DomainRootMark"/>) can have no page, so only the map sends it on. The rule makes an
/// address only for an article from the old CMS: imported from a seed, or given an <c>old_id</c>.
/// </summary>
internal sealed class RedirectPages : IPageProducer
{
    private static readonly System.Buffers.SearchValues<char> NginxSpecial = System.Buffers.SearchValues.Create(" \t\"'{};#");

    /// <inheritdoc />
    public string Name => "redirects";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var claimed = new Dictionary<string, Article>(StringComparer.Ordinal);
        var outside = new Dictionary<string, Article>(StringComparer.Ordinal);
        var errors = new List<GazetteError>();
        var articlePaths = context.Content.Articles.Select(a => a.SitePath).ToHashSet(StringComparer.Ordinal);
        foreach (var article in context.Content.Articles)
        {
            foreach (var address in OldAddressesOf(settings, article))
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
                else if (claimed.TryGetValue(sitePath, out var other))
                {
                    errors.Add(new GazetteError(article.SourceFile, null, $"old address /{path} is also claimed by {other.SourceFile}"));
                }
                else
                {
                    claimed[sitePath] = article;
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new GazetteException(errors);
        }

        var files = claimed.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new OutputFile(c.Key, PageEncoding.Encode(Page(context, c.Value))) { Source = c.Value.SourceFile })
            .ToList();
        if (claimed.Count > 0 || outside.Count > 0)
        {
            files.Add(new OutputFile(SiteLayout.RedirectMap, PageEncoding.Encode(NginxMap(settings, claimed, outside))));
        }

        return ProducedPages.Of(files);
    }

    /// <summary>
    /// An article's old addresses as kept (<see cref="AddressRules.OldAddressProblem"/>): its aliases, and the rule's
    /// address when it comes from the old CMS.
    /// </summary>
    public static IEnumerable<string> OldAddressesOf(SiteSettings settings, Article article)
    {
        var rule = settings.OldAddresses is { } pattern && (article.OldId is not null || article.Seed is not null) ? OldAddress(pattern, article) : null;
        return article.Aliases.Concat(rule is null ? [] : [rule]).Distinct(StringComparer.Ordinal);
    }

    /// <summary>Fills the <c>old_addresses</c> pattern for an article.</summary>
    public static string OldAddress(string pattern, Article article)
    {
        var date = article.Date.Value;
        return pattern
            .Replace("{old_path}", article.Section.OldPath ?? article.Section.SlugPath, StringComparison.Ordinal)
            .Replace("{section}", article.Section.SlugPath, StringComparison.Ordinal)
            .Replace("{yyyyMM}", article.Date.ToMonthFolder(), StringComparison.Ordinal)
            .Replace("{yyyy}", date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{MM}", date.ToString("MM", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{dd}", date.ToString("dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{old_id}", article.OldId ?? article.Id, StringComparison.Ordinal)
            .Replace("{id}", article.Id, StringComparison.Ordinal);
    }

    private static string Page(PageContext context, Article article)
    {
        var page = context.Views.Page("redirect", article.Title, article.SitePath, [], article.Section);
        return context.Renderer.Theme.RenderStandalone(page.Kind, new PageModel(context.Views.Site, page, null, null));
    }

    private static string NginxMap(SiteSettings settings, Dictionary<string, Article> claimed, Dictionary<string, Article> outside)
    {
        var map = new StringBuilder();
        map.Append("# Old addresses and their new ones, written by Gazette. Use it in nginx's http block:\n");
        map.Append("#   map $uri $gazette_moved { include /path/to/redirects.map; }\n");
        map.Append("# and in the server block:\n");
        map.Append("#   if ($gazette_moved) { return 301 $gazette_moved; }\n");
        var entries = claimed
            .Select(c => (Old: settings.BasePath + (c.Key.EndsWith("/index.html", StringComparison.Ordinal) || c.Key == "index.html" ? c.Key[..^"index.html".Length] : c.Key), Article: c.Value))
            .Concat(outside.Select(o => (Old: o.Key, Article: o.Value)))
            .OrderBy(e => e.Old, StringComparer.Ordinal);
        foreach (var (old, article) in entries)
        {
            map.Append(Quote(old)).Append(' ').Append(Quote(settings.Link(article.SitePath))).Append(";\n");
        }

        return map.ToString();
    }

    // nginx takes a bare word unless it holds spaces, quotes, braces, semicolons or a leading ~.
    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(NginxSpecial) >= 0 || value.StartsWith('~')
            ? "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : value;
}
