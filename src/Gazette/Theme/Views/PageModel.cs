namespace Gazette.Theme.Views;

/// <summary>The globals of one page render: <c>site</c>, <c>page</c>, and <c>article</c>, <c>listing</c> or <c>sitemap</c> (null when not that kind).</summary>
/// <param name="Site">The whole site.</param>
/// <param name="Page">This page.</param>
/// <param name="Article">The article, on article pages.</param>
/// <param name="Listing">The list, on listing pages.</param>
/// <param name="Sitemap">The sections, on the 网站地图 page.</param>
/// <param name="SinglePage">The page, on a 单页 (关于我们 …).</param>
/// <param name="Search">The index, on the search page.</param>
internal sealed record PageModel(SiteView Site, PageView Page, ArticleView? Article, ListingView? Listing, SiteMapView? Sitemap = null, SinglePageView? SinglePage = null, SearchPageView? Search = null) : IPageGlobals
{
    /// <inheritdoc />
    public void ForEachGlobal(Action<string, object?> set)
    {
        set("site", Site);
        set("page", Page);
        set("article", Article);
        set("listing", Listing);
        set("sitemap", Sitemap);
        set("single_page", SinglePage);
        set("search", Search);
    }
}
