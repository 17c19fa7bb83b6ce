using System.Collections.Immutable;
using System.Globalization;
using Gazette.Concurrency;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Theme;
using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>One HTML page per article, with its neighbours and related articles.</summary>
internal sealed class ArticlePages : IPageProducer
{
    /// <summary>The most HTML an article body may make: half of what a page may hold, the rest left to the theme.</summary>
    private const int MaxBodyHtmlCharacters = ThemeTemplates.PageCharacterLimit / 2;

    /// <inheritdoc />
    public string Name => "articles";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var articles = context.Content.Articles;
        var (previous, next) = Neighbours(articles);
        var files = ParallelWork.Map(
            articles.Length,
            i => Render(context, i, previous[i], next[i]),
            cancellationToken);

        var pages = articles.Select(a => new SitemapEntry(context.Settings.Link(a.SitePath), a.Date));
        return new ProducedPages([.. files], [.. pages]);
    }

    /// <summary>The pages of some articles only, given by their position in <see cref="ContentSet.Articles"/>.</summary>
    public static IReadOnlyList<OutputFile> RenderSome(PageContext context, IReadOnlyList<int> indices)
    {
        var (previous, next) = Neighbours(context.Content.Articles);
        return [.. indices.Select(i => Render(context, i, previous[i], next[i]))];
    }

    /// <summary>上一篇/下一篇 of every article: they stay inside the article's own section, in the site's order.</summary>
    private static (Article?[] Previous, Article?[] Next) Neighbours(ImmutableArray<Article> articles)
    {
        var previous = new Article?[articles.Length];
        var next = new Article?[articles.Length];
        foreach (var section in Enumerable.Range(0, articles.Length).GroupBy(i => articles[i].Section.SlugPath, StringComparer.Ordinal))
        {
            var members = section.ToList();
            for (var k = 0; k < members.Count; k++)
            {
                previous[members[k]] = k > 0 ? articles[members[k - 1]] : null;
                next[members[k]] = k + 1 < members.Count ? articles[members[k + 1]] : null;
            }
        }

        return (previous, next);
    }

    /// <summary>The preview's banner: a draft, or an article shown before its date, says so; the public site has none.</summary>
    private static string? PreviewNote(ContentSet content, Article article)
    {
        if (!content.Release.Banners)
        {
            return null;
        }

        var early = content.IsEarly(article) ? "定时发布 " + article.Date.ToDisplayString() : null;
        return (article.IsDraft, early) switch
        {
            (true, null) => "草稿：本文尚未发布，只在预览中显示。",
            (true, _) => $"草稿，{early}：本文尚未发布，只在预览中显示。",
            (false, not null) => $"{early}：到时自动发布，此前只在预览中显示。",
            _ => null,
        };
    }

    private static OutputFile Render(PageContext context, int index, Article? previous, Article? next)
    {
        var settings = context.Settings;
        var views = context.Views;
        var article = context.Content.Articles[index];
        var page = views.Page(
            "article",
            article.Title,
            article.SitePath,
            views.BreadcrumbsTo(article.Section).Add(views.Link(article)),
            article.Section,
            article.Summary,
            views.FeedOf(article.Section));
        var view = new ArticleView(
            article.Title,
            article.Date.ToDisplayString(),
            article.Date.ToIsoString(),
            article.Source,
            article.Summary,
            // Made from the Markdown only when the page is rendered; until then the dependencies name the Markdown.
            new TrustedHtml(string.Empty),
            article.PublicInformation,
            [.. article.Tags.Select(t => views.Link(t, SiteLayout.Tag(t)))],
            previous is null ? null : views.Link(previous),
            next is null ? null : views.Link(next),
            [.. context.Index.Related.RelatedTo(index).Select(i => views.ListItem(context.Content.Articles[i]))],
            StructuredData.NewsArticle(
                article.Title,
                article.Date.ToIsoString(),
                settings.AbsoluteLink(article.SitePath),
                article.Section.Name,
                article.Summary,
                article.Source,
                settings.Footer.Sponsor ?? settings.Title),
            PreviewNote(context.Content, article),
            context.Content.IsExpired(article) ? $"本信息已于 {article.Expires!.Value.ToDisplayString()} 过期，仅供查阅。" : null,
            views.Attachments(context.Renderer.Files.AttachmentsOf(article.SourceFile)));
        var renderer = context.Renderer;
        var dependencies = new PageDependencies(page, view, article.ContentHash, renderer.Files.HashOfFilesShownBy(article.SourceFile, article.ReachesOut));
        return renderer.RenderOrReuse(article.SitePath, dependencies, () =>
        {
            var body = renderer.BodyHtml(article);
            if (body.Length > MaxBodyHtmlCharacters)
            {
                // Named here, by its Markdown file, rather than by the template the page limit would stop in.
                throw new GazetteException(new GazetteError(article.SourceFile, null, string.Create(
                    CultureInfo.InvariantCulture,
                    $"the body makes {body.Length / 1048576.0:0.0} million characters of HTML; the most a page may hold is {MaxBodyHtmlCharacters / 1048576} million; split the article into parts")));
            }

            return renderer.Theme.RenderPage(page.Kind, new PageModel(views.Site, page, view with { Body = new TrustedHtml(body) }, null));
        });
    }
}
