using System.Collections.Immutable;
using Gazette.Engine;
using Gazette.Output;
using Gazette.Publishing;
using Gazette.Site;
using Gazette.Theme;
using Gazette.Theme.Views;

namespace Gazette.Content;

/// <summary>The Content pipeline's second half: one HTML page per article.</summary>
public sealed class ArticlePages : IPipeline
{
    /// <inheritdoc />
    public string Name => "content";

    /// <inheritdoc />
    public Task<PipelineOutput> RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var articles = context.Content.Articles;
        var files = ParallelWork.Map(
            articles.Length,
            i => new OutputFile(articles[i].SitePath, PageEncoding.Encode(Render(context, articles[i]))),
            cancellationToken);

        var pages = articles.Select(a => new SitemapEntry(context.Settings.Link(a.SitePath), a.Date));
        return Task.FromResult(new PipelineOutput([.. files], [.. pages]));
    }

    private static string Render(BuildContext context, Article article)
    {
        var settings = context.Settings;
        var breadcrumbs = context.BreadcrumbsTo(article.Section).Add(new LinkView(article.Title, settings.Link(article.SitePath)));
        var page = new PageView(
            "article",
            article.Title,
            settings.Link(article.SitePath),
            settings.AbsoluteLink(article.SitePath),
            article.Section.Name,
            article.Section.Type,
            article.Summary,
            breadcrumbs);
        var view = new ArticleView(
            article.Title,
            article.Date.ToDisplayString(),
            article.Date.ToIsoString(),
            article.Source,
            article.Summary,
            new TrustedHtml(context.Markdown.ToHtml(article.Body)),
            article.PublicInformation,
            article.Tags);
        return context.Theme.RenderPage(page.Kind, new PageModel(context.SiteView, page, view, null));
    }
}
