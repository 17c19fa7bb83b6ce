using Gazette.Site;
using Gazette.Text;
using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>
/// A small page at every old address of an article — its front matter <c>aliases</c>, and the
/// address the <c>old_addresses</c> rule of <c>_site.yml</c> gives it — that sends readers and search engines to the
/// new address (meta refresh and canonical link); the same table, for nginx to answer with 301, goes into
/// <c>deploy/</c> (<see cref="OldAddressTable"/>). Old addresses are paths under the site's base path; one written in
/// full on the site's host and outside the base path (<see cref="AddressRules.DomainRootMark"/>) can have no page, so
/// only the server's map sends it on. The rule makes an address only for an article from the old CMS: imported from a
/// seed, or given an <c>old_id</c>.
/// </summary>
internal sealed class RedirectPages : IPageProducer
{
    /// <inheritdoc />
    public string Name => "redirects";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var files = context.OldAddresses.Inside.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new OutputFile(c.Key, PageEncoding.Encode(Page(context, c.Value))) { Source = c.Value.SourceFile });
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
}
