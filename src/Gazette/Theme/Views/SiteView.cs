using System.Collections.Immutable;
using Gazette.Site;

namespace Gazette.Theme.Views;

/// <summary>What every template sees as <c>site</c>.</summary>
/// <param name="Title">The site's name.</param>
/// <param name="Domain">The host name (SiteDomain).</param>
/// <param name="BaseUrl">The absolute address of the host.</param>
/// <param name="HomeLink">The home page's address.</param>
/// <param name="CssLink">The stylesheet's address.</param>
/// <param name="Footer">The footer facts from <c>_site.yml</c>.</param>
/// <param name="Menu">The header menu: columns (with their sub-columns), pages and links elsewhere, in order.</param>
/// <param name="SiteMapLink">The 网站地图 page.</param>
/// <param name="ArchiveLink">The archive by year and month.</param>
/// <param name="TagsLink">The list of tags, or null when no article has tags.</param>
/// <param name="AtomLink">The site's Atom feed.</param>
/// <param name="RssLink">The site's RSS feed.</param>
/// <param name="SearchLink">The search page, or null when the site has no search (<c>search: false</c>).</param>
internal sealed record SiteView(
    string Title,
    string Domain,
    string BaseUrl,
    string HomeLink,
    string CssLink,
    SiteFooter Footer,
    ImmutableArray<MenuItemView> Menu,
    string SiteMapLink,
    string ArchiveLink,
    string? TagsLink,
    string AtomLink,
    string RssLink,
    string? SearchLink);
