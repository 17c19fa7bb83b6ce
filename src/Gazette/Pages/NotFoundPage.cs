using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>The page a web server shows for an address that does not exist.</summary>
internal sealed class NotFoundPage : IPageProducer
{
    /// <summary>Its path under the site root; point the server's error page at it.</summary>
    public const string SitePath = "404.html";

    /// <inheritdoc />
    public string Name => "404";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var views = context.Views;
        var page = views.Page("404", "页面未找到", SitePath, [views.Home, views.Link("页面未找到", SitePath)]);
        return ProducedPages.Of([PageRenderer.Render(SitePath, () => context.Renderer.Theme.RenderPage(page.Kind, new PageModel(views.Site, page, null, null)))]);
    }
}
