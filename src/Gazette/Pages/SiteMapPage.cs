using System.Collections.Immutable;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>The 网站地图 page readers and inspectors expect: every section with its article count and latest date.</summary>
internal sealed class SiteMapPage : IPageProducer
{
    /// <inheritdoc />
    public string Name => "sitemap page";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var views = context.Views;
        var sections = context.Index.PublishedSections.Select(s =>
        {
            var articles = context.Index.ArticlesIn(s);
            return new SiteMapEntryView(s.Name, settings.Link(s.SlugPath + "/"), s.Names.Length, articles.Length, articles[0].Date.ToDayString(), articles[0].Date.ToIsoString());
        });
        var view = new SiteMapView([.. sections], views.YearLinks, views.TagLinks, context.Content.Articles.Length, [.. context.Content.Pages.Select(p => views.Link(p.Title, p.Folder))]);
        var page = views.Page("sitemap", "网站地图", SiteLayout.SiteMapPage, [views.Home, views.Link("网站地图", SiteLayout.SiteMapPage)]);
        var file = PageRenderer.Render(SiteLayout.SiteMapPage, () => context.Renderer.Theme.RenderPage(page.Kind, new PageModel(views.Site, page, null, null, view)));
        var entry = context.Content.Articles.IsEmpty
            ? ImmutableArray<SitemapEntry>.Empty
            : [new SitemapEntry(settings.Link(SiteLayout.SiteMapPage), context.Content.Articles[0].Date)];
        return new ProducedPages([file], entry);
    }
}
