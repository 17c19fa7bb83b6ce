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
/// Old addresses are paths under the site's base path.
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
        var errors = new List<GazetteError>();
        var articlePaths = context.Content.Articles.Select(a => a.SitePath).ToHashSet(StringComparer.Ordinal);
        foreach (var article in context.Content.Articles)
        {
            var explicitPaths = article.Aliases.Select(a => a.TrimStart('/'));
            var rulePath = settings.OldAddresses is { } rule ? OldAddress(rule, article).TrimStart('/') : null;
            foreach (var path in explicitPaths.Concat(rulePath is null ? [] : [rulePath]).Distinct(StringComparer.Ordinal))
            {
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
        if (claimed.Count > 0)
        {
            files.Add(new OutputFile(SiteLayout.RedirectMap, PageEncoding.Encode(NginxMap(settings, claimed))));
        }

        return ProducedPages.Of(files);
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

    private static string NginxMap(SiteSettings settings, Dictionary<string, Article> claimed)
    {
        var map = new StringBuilder();
        map.Append("# Old addresses and their new ones, written by Gazette. Use it in nginx's http block:\n");
        map.Append("#   map $uri $gazette_moved { include /path/to/redirects.map; }\n");
        map.Append("# and in the server block:\n");
        map.Append("#   if ($gazette_moved) { return 301 $gazette_moved; }\n");
        foreach (var (sitePath, article) in claimed.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var old = settings.BasePath + (sitePath.EndsWith("/index.html", StringComparison.Ordinal) || sitePath == "index.html" ? sitePath[..^"index.html".Length] : sitePath);
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
