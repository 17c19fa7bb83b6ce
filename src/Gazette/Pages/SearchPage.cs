using Gazette.Concurrency;
using Gazette.Content;
using Gazette.Incremental;
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
    /// <remarks>
    /// A segment's postings take up to about 16 bytes a character of real text while they are gathered, and the index
    /// uses every core itself.
    /// </remarks>
    public bool RunsFirst => true;

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        if (!context.Settings.Search)
        {
            return ProducedPages.Of([]);
        }

        // Each file of the index goes on (to the release, in a build) as soon as it is made, from whichever thread made it.
        var stored = new System.Collections.Concurrent.ConcurrentBag<OutputFile>();
        var index = Index(context, (sitePath, content) => stored.Add(context.Renderer.Stored(new OutputFile(sitePath, content))), cancellationToken);
        return Pages(context, index, stored.OrderBy(f => f.SitePath, StringComparer.Ordinal));
    }

    /// <summary>
    /// The index after a correction inside the bodies of some articles (by position in the content): the last build's
    /// shards with only those articles' postings replaced (<see cref="ShardPatcher"/>), so that every other body is not
    /// read again; the whole index afresh when the last one cannot be read or the edit changes its number of shards.
    /// </summary>
    public static ProducedPages AfterBodyEdit(PageContext context, IReadOnlyList<int> edited, CancellationToken cancellationToken)
    {
        if (!context.Settings.Search)
        {
            return ProducedPages.Of([]);
        }

        var total = context.Content.Articles.Length;
        if (PublishedIndex.Read(context.Paths.Output, SiteLayout.SearchPage, context.Settings.BasePath, total) is { } last)
        {
            var postings = new SearchPostings();
            foreach (var i in edited.Distinct().Order())
            {
                var article = context.Content.Articles[i];
                postings.Add(i, article.Title, IndexedText(article));
            }

            var (documents, places) = postings.Take(total);
            var editedSet = edited.ToHashSet();
            if (ShardPatcher.Apply(last.Documents, documents, editedSet, places: false, total) is { } documentShards
                && ShardPatcher.Apply(last.Places, places, editedSet, places: true, total) is { } placeShards)
            {
                return Pages(context, SearchIndexWriter.Assemble(Documents(context), SearchIndexWriter.Made((documentShards.Bits, documentShards.Shards)), SearchIndexWriter.Made((placeShards.Bits, placeShards.Shards)), Columns(context)));
            }
        }

        return new SearchPage().Produce(context, cancellationToken);
    }

    private static ProducedPages Pages(PageContext context, SearchIndex index, IEnumerable<OutputFile>? stored = null)
    {
        var settings = context.Settings;
        var views = context.Views;
        var page = views.Page(Layout, "站内搜索", SiteLayout.SearchPage, [views.Home, views.Link("站内搜索", SiteLayout.SearchPage)]);
        var view = new SearchPageView(settings.Link(index.Manifest), settings.Link(context.Assets.SitePathOf(Script)), context.Content.Articles.Length);
        var html = PageRenderer.Render(SiteLayout.SearchPage, () => context.Renderer.Theme.RenderPage(page.Kind, new PageModel(views.Site, page, null, null, Search: view)));
        return ProducedPages.Of([.. stored ?? [], .. index.Files.Select(f => new OutputFile(f.SitePath, f.Content)), html]);
    }

    /// <summary>
    /// How many bodies are read at once: their text is dropped once their postings are added. The more a batch holds,
    /// the more occurrences each lookup of a pair serves: 512 made the natural corpus's index 4-5% faster than 256 did,
    /// for 15 MB more memory; 1,024 was no faster and took 50 MB.
    /// </summary>
    private const int Batch = 512;

    /// <summary>
    /// How much text one segment of the index's postings covers, in characters: postings take up to about 16 bytes a
    /// character while they are gathered, so an archive with more text than this has its postings spilled to disk
    /// segment by segment (<see cref="PostingSpill"/>) rather than held, and its index is made in the same memory
    /// whatever its size.
    /// </summary>
    internal const long SegmentCharacters = 48L << 20;

    /// <summary>
    /// The index of the site's articles, newest first, filtered by their top column; each file handed to
    /// <paramref name="emit"/> as it is made (from any thread) when there is somewhere to.
    /// </summary>
    public static SearchIndex Index(PageContext context, Action<string, byte[]>? emit, CancellationToken cancellationToken)
    {
        var articles = context.Content.Articles;
        var postings = new SearchPostings(Environment.ProcessorCount);
        PostingSpill? spill = null;
        try
        {
            var characters = 0L;
            var batch = new IndexedTextBatch(Batch);
            for (var start = 0; start < articles.Length; start += Batch)
            {
                var (titles, texts, batchCharacters) = batch.Fill(articles, start, Math.Min(Batch, articles.Length - start), cancellationToken);
                if (characters > 0 && characters + batchCharacters > SegmentCharacters)
                {
                    (spill ??= new PostingSpill(CacheFolder.Of(context.Paths).SearchSpill)).Add(postings, articles.Length);
                    postings = new SearchPostings(Environment.ProcessorCount);
                    characters = 0;
                }

                postings.AddNormalised(start, titles, texts, cancellationToken);
                characters += batchCharacters;
            }

            if (spill is null)
            {
                return SearchIndexWriter.Write(Documents(context), postings, Columns(context), emit);
            }

            spill.Add(postings, articles.Length);
            return SearchIndexWriter.Write(Documents(context), spill, Columns(context), emit);
        }
        finally
        {
            spill?.Dispose();
        }
    }

    /// <summary>
    /// What is searched beside the title: the front matter a reader sees on the page (source, date, columns, tags,
    /// 信息公开 fields, summary) and the body's text, a line each, so that no term runs from one into the next.
    /// </summary>
    public static string IndexedText(Article article) => IndexedText(article, new System.Text.StringBuilder()).ToString();

    /// <summary>As <see cref="IndexedText(Article)"/>, appended to <paramref name="text"/>, the body never made a string.</summary>
    public static System.Text.StringBuilder IndexedText(Article article, System.Text.StringBuilder text)
    {
        var information = article.PublicInformation;
        foreach (var line in (string?[])[article.Source, article.Date.ToDayString(), .. article.Section.Names, .. article.Tags, information.IndexNo,
            information.Publisher, information.DocNo, information.DocDate, information.Topic, information.Keywords, article.Summary])
        {
            if (!string.IsNullOrEmpty(line))
            {
                text.Append(line).Append('\n');
            }
        }

        return article.Body.Read(body =>
        {
            BodyText.Append(text, body);
            return text;
        });
    }

    private static List<SearchDocument> Documents(PageContext context)
    {
        var settings = context.Settings;
        var roots = settings.Sections.Roots;
        return [.. context.Content.Articles.Select(article => new SearchDocument(
            article.Title,
            settings.Link(article.SitePath),
            article.Date.ToDayString(),
            article.Date.Value.Year,
            Math.Max(0, roots.IndexOf(roots.FirstOrDefault(r => r.Contains(article.Section)) ?? article.Section))))];
    }

    private static List<(string Name, string Link)> Columns(PageContext context) =>
        [.. context.Settings.Sections.Roots.Select(r => (r.Name, context.Settings.Link(r.SlugPath + "/")))];
}
