using Gazette.Concurrency;
using Gazette.Search;
using Gazette.Site;
using Gazette.Theme;
using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>
/// 站内搜索: the index of every published article (<see cref="SearchIndexWriter"/>) under <c>search/</c>, and the page
/// that searches it in the browser, <c>search.html?q=…</c>; nothing when <c>_site.yml</c> says <c>search: false</c>.
/// </summary>
internal sealed class SearchPage : IPageProducer
{
    /// <summary>The layout of the search page.</summary>
    public const string Layout = "search";

    /// <summary>The script that searches, as named in <c>theme/assets/</c>.</summary>
    public const string Script = "search.js";

    /// <inheritdoc />
    public string Name => "search";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        if (!settings.Search)
        {
            return ProducedPages.Of([]);
        }

        var index = Index(context, cancellationToken);
        var views = context.Views;
        var page = views.Page(Layout, "站内搜索", SiteLayout.SearchPage, [views.Home, views.Link("站内搜索", SiteLayout.SearchPage)]);
        var view = new SearchPageView(settings.Link(index.Manifest), settings.Link(context.Assets.SitePathOf(Script)), context.Content.Articles.Length);
        var html = PageRenderer.Render(SiteLayout.SearchPage, () => context.Renderer.Theme.RenderPage(page.Kind, new PageModel(views.Site, page, null, null, Search: view)));
        return ProducedPages.Of([.. index.Files.Select(f => new OutputFile(f.SitePath, f.Content)), html]);
    }

    /// <summary>How many bodies are read at once: their text is dropped once their postings are added.</summary>
    private const int Batch = 256;

    /// <summary>The index of the site's articles, newest first, filtered by their top column.</summary>
    public static SearchIndex Index(PageContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var articles = context.Content.Articles;
        var roots = settings.Sections.Roots;
        var markdown = context.Renderer.Markdown;
        var postings = new SearchPostings();
        for (var start = 0; start < articles.Length; start += Batch)
        {
            var first = start;
            var texts = ParallelWork.Map(Math.Min(Batch, articles.Length - first), i => markdown.ToPlainText(articles[first + i].Body.Text, articles[first + i].SourceFile), cancellationToken);
            for (var i = 0; i < texts.Length; i++)
            {
                postings.Add(articles[first + i].Title, texts[i]);
            }
        }

        var documents = articles.Select(article => new SearchDocument(
            article.Title,
            settings.Link(article.SitePath),
            article.Date.ToDayString(),
            article.Date.Value.Year,
            Math.Max(0, roots.IndexOf(roots.FirstOrDefault(r => r.Contains(article.Section)) ?? article.Section)))).ToList();
        return SearchIndexWriter.Write(documents, postings, [.. roots.Select(r => (r.Name, settings.Link(r.SlugPath + "/")))]);
    }
}
