using Gazette.Engine;
using Gazette.Output;
using Gazette.Theme.Views;

namespace Gazette.Publishing;

/// <summary>The page a web server shows for an address that does not exist.</summary>
public sealed class NotFoundPage : IPipeline
{
    /// <summary>Its path under the site root; point the server's error page at it.</summary>
    public const string SitePath = "404.html";

    /// <inheritdoc />
    public string Name => "404";

    /// <inheritdoc />
    public Task<PipelineOutput> RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var page = new PageView(
            "404",
            "页面未找到",
            settings.Link(SitePath),
            settings.AbsoluteLink(SitePath),
            null,
            null,
            null,
            [new LinkView("首页", settings.Link(string.Empty)), new LinkView("页面未找到", settings.Link(SitePath))],
            context.SiteView.AtomLink);
        var html = context.Theme.RenderPage(page.Kind, new PageModel(context.SiteView, page, null, null));
        return Task.FromResult(PipelineOutput.Of([new OutputFile(SitePath, PageEncoding.Encode(html))]));
    }
}
