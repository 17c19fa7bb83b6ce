using Gazette.Site;
using Gazette.Theme;
using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>One page per 单页 (关于我们, 联系我们 …), through the theme's page layout, at <c>/{slug}/</c>.</summary>
internal sealed class SinglePages : IPageProducer
{
    /// <summary>The layout pages are rendered with.</summary>
    public const string Layout = "page";

    /// <inheritdoc />
    public string Name => "pages";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var views = context.Views;
        var renderer = context.Renderer;
        var files = new List<OutputFile>();
        var entries = new List<SitemapEntry>();
        var newest = context.Content.Articles.IsEmpty ? (PublicationDate?)null : context.Content.Articles[0].Date;
        foreach (var single in context.Content.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = views.Page(Layout, single.Title, single.Folder, [views.Home, views.Link(single.Title, single.Folder)], description: single.Summary);
            var view = new SinglePageView(
                single.Title,
                single.Updated?.ToDisplayString(),
                single.Updated?.ToIsoString(),
                new TrustedHtml(string.Empty),
                views.Attachments(renderer.Files.AttachmentsOf(single.SourceFile)));
            var dependencies = new PageDependencies(page, view, single.ContentHash, renderer.Files.HashOfFilesShownBy(single.SourceFile, Content.LocalFiles.ReachesOut(single.Body.Text)));
            files.Add(renderer.RenderOrReuse(single.SitePath, dependencies, () =>
                renderer.Theme.RenderPage(page.Kind, new PageModel(views.Site, page, null, null, SinglePage: view with { Body = new TrustedHtml(renderer.BodyHtml(single)) })))
                with { Source = single.SourceFile });
            if ((single.Updated ?? newest) is { } lastModified)
            {
                entries.Add(new SitemapEntry(settings.Link(single.Folder), lastModified));
            }
        }

        return new ProducedPages([.. files], [.. entries]);
    }
}
