using System.Collections.Immutable;
using Gazette.Engine;
using Gazette.Output;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Publishing;

/// <summary>The 网站地图 page readers and inspectors expect: every section with its article count and latest date.</summary>
public sealed class SiteMapPage : IPipeline
{
    /// <inheritdoc />
    public string Name => "sitemap page";

    /// <inheritdoc />
    public Task<PipelineOutput> RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var sections = context.PublishedSections.Select(s =>
        {
            var articles = context.ArticlesIn(s);
            return new SiteMapEntryView(s.Name, settings.Link(s.SlugPath + "/"), s.Names.Length, articles.Length, articles[0].Date.ToDayString(), articles[0].Date.ToIsoString());
        });
        var view = new SiteMapView([.. sections], context.YearLinks, context.TagLinks, context.Content.Articles.Length);
        var page = new PageView(
            "sitemap",
            "网站地图",
            settings.Link(SiteLayout.SiteMapPage),
            settings.AbsoluteLink(SiteLayout.SiteMapPage),
            null,
            null,
            null,
            [new LinkView("首页", settings.Link(string.Empty)), new LinkView("网站地图", settings.Link(SiteLayout.SiteMapPage))],
            context.SiteView.AtomLink);
        var html = context.Theme.RenderPage(page.Kind, new PageModel(context.SiteView, page, null, null, view));
        var entry = context.Content.Articles.IsEmpty
            ? ImmutableArray<SitemapEntry>.Empty
            : [new SitemapEntry(settings.Link(SiteLayout.SiteMapPage), context.Content.Articles[0].Date)];
        return Task.FromResult(new PipelineOutput([new OutputFile(SiteLayout.SiteMapPage, PageEncoding.Encode(html))], entry));
    }
}
