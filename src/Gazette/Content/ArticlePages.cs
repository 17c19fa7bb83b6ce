using System.Collections.Immutable;
using Gazette.Engine;
using Gazette.Output;
using Gazette.Publishing;
using Gazette.Site;
using Gazette.Theme;
using Gazette.Theme.Views;

namespace Gazette.Content;

/// <summary>The Content pipeline's second half: one HTML page per article, with its neighbours and related articles.</summary>
public sealed class ArticlePages : IPipeline
{
    /// <summary>The most HTML an article body may make: half of what a page may hold, the rest left to the theme.</summary>
    private const int MaxBodyHtmlCharacters = ThemeTemplates.PageCharacterLimit / 2;

    /// <inheritdoc />
    public string Name => "content";

    /// <inheritdoc />
    public Task<PipelineOutput> RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var articles = context.Content.Articles;
        var (previous, next) = Neighbours(articles);
        var files = ParallelWork.Map(
            articles.Length,
            i => Render(context, i, previous[i], next[i]),
            cancellationToken);

        var pages = articles.Select(a => new SitemapEntry(context.Settings.Link(a.SitePath), a.Date));
        return Task.FromResult(new PipelineOutput([.. files], [.. pages]));
    }

    /// <summary>The pages of some articles only, given by their position in <see cref="ContentSet.Articles"/>.</summary>
    public static IReadOnlyList<OutputFile> RenderSome(BuildContext context, IReadOnlyList<int> indices)
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

    private static OutputFile Render(BuildContext context, int index, Article? previous, Article? next)
    {
        var settings = context.Settings;
        var article = context.Content.Articles[index];
        var breadcrumbs = context.BreadcrumbsTo(article.Section).Add(new LinkView(article.Title, settings.Link(article.SitePath)));
        var page = new PageView(
            "article",
            article.Title,
            settings.Link(article.SitePath),
            settings.AbsoluteLink(article.SitePath),
            article.Section.Name,
            article.Section.Type,
            article.Summary,
            breadcrumbs,
            settings.Link(SiteLayout.AtomFeed(article.Section.SlugPath + "/")));
        var related = context.Related.RelatedTo(index).Select(i => ListItem(context, context.Content.Articles[i]));
        var view = new ArticleView(
            article.Title,
            article.Date.ToDisplayString(),
            article.Date.ToIsoString(),
            article.Source,
            article.Summary,
            // The fingerprint sees the hash of the Markdown file; the HTML is made only when the page is rendered.
            new TrustedHtml("markdown:" + article.ContentHash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture)),
            article.PublicInformation,
            [.. article.Tags.Select(t => new LinkView(t, settings.Link(SiteLayout.Tag(t))))],
            previous is null ? null : new LinkView(previous.Title, settings.Link(previous.SitePath)),
            next is null ? null : new LinkView(next.Title, settings.Link(next.SitePath)),
            [.. related],
            StructuredData.NewsArticle(
                article.Title,
                article.Date.ToIsoString(),
                settings.AbsoluteLink(article.SitePath),
                article.Section.Name,
                article.Summary,
                article.Source,
                settings.Footer.Sponsor ?? settings.Title));
        return context.RenderOrReuse(article.SitePath, new PageModel(context.SiteView, page, view, null), () =>
        {
            var body = context.BodyHtml(article);
            if (body.Length > MaxBodyHtmlCharacters)
            {
                // Named here, by its Markdown file, rather than by the template the page limit would stop in.
                throw new Diagnostics.GazetteException(new Diagnostics.GazetteError(article.SourceFile, null, string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"the body makes {body.Length / 1048576.0:0.0} million characters of HTML; the most a page may hold is {MaxBodyHtmlCharacters / 1048576} million; split the article into parts")));
            }

            var rendered = view with { Body = new TrustedHtml(body) };
            var html = context.Theme.RenderPage(page.Kind, new PageModel(context.SiteView, page, rendered, null));
            context.PageRendered();
            return html;
        });
    }

    /// <summary>An article as a list item.</summary>
    public static ListItemView ListItem(BuildContext context, Article article) =>
        new(article.Title, context.Settings.Link(article.SitePath), article.Date.ToDayString(), article.Date.ToIsoString(), article.Section.Name);
}
