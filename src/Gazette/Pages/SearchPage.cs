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
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken) =>
        context.Settings.Search ? Pages(context, Index(context, cancellationToken)) : ProducedPages.Of([]);

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

        if (LastShards(context) is { } last)
        {
            var markdown = context.Renderer.Markdown;
            var postings = edited.Distinct().ToDictionary(i => i, i =>
            {
                var article = context.Content.Articles[i];
                var alone = new SearchPostings();
                alone.Add(article.Title, markdown.ToPlainText(article.Body.Text, article.SourceFile));
                return alone;
            });
            if (ShardPatcher.Apply(last.Shards, last.Bits, postings) is { } shards)
            {
                return Pages(context, SearchIndexWriter.Assemble(Documents(context), shards, last.Bits, Columns(context)));
            }
        }

        return new SearchPage().Produce(context, cancellationToken);
    }

    private static ProducedPages Pages(PageContext context, SearchIndex index)
    {
        var settings = context.Settings;
        var views = context.Views;
        var page = views.Page(Layout, "站内搜索", SiteLayout.SearchPage, [views.Home, views.Link("站内搜索", SiteLayout.SearchPage)]);
        var view = new SearchPageView(settings.Link(index.Manifest), settings.Link(context.Assets.SitePathOf(Script)), context.Content.Articles.Length);
        var html = PageRenderer.Render(SiteLayout.SearchPage, () => context.Renderer.Theme.RenderPage(page.Kind, new PageModel(views.Site, page, null, null, Search: view)));
        return ProducedPages.Of([.. index.Files.Select(f => new OutputFile(f.SitePath, f.Content)), html]);
    }

    // The shards the deployed search page's index holds, when it is an index of as many articles and every file is
    // there and named by its content.
    private static (List<byte[]> Shards, int Bits)? LastShards(PageContext context)
    {
        try
        {
            var output = context.Paths.Output;
            var page = File.ReadAllText(Path.Combine(output, SiteLayout.SearchPage));
            var match = System.Text.RegularExpressions.Regex.Match(page, "data-index=\"" + System.Text.RegularExpressions.Regex.Escape(context.Settings.BasePath) + "(search/[0-9a-f]+\\.json)\"");
            if (!match.Success)
            {
                return null;
            }

            byte[] Read(string sitePath)
            {
                var bytes = File.ReadAllBytes(Path.Combine(output, sitePath));
                var hash = System.IO.Hashing.XxHash3.HashToUInt64(bytes).ToString("x16", System.Globalization.CultureInfo.InvariantCulture)[..SearchIndexWriter.HashDigits];
                return Path.GetFileName(sitePath).StartsWith(hash, StringComparison.Ordinal) ? bytes : throw new InvalidDataException(sitePath);
            }

            using var manifest = System.Text.Json.JsonDocument.Parse(Read(match.Groups[1].Value));
            var root = manifest.RootElement;
            if (root.GetProperty("version").GetInt32() != SearchIndex.Version || root.GetProperty("documents").GetInt32() != context.Content.Articles.Length)
            {
                return null;
            }

            var bits = root.GetProperty("shardBits").GetInt32();
            var directories = root.GetProperty("shards").GetString()!;
            var names = new List<string>();
            for (var i = 0; i + SearchIndexWriter.HashDigits <= directories.Length; i += SearchIndexWriter.HashDigits)
            {
                var directory = System.Text.Encoding.ASCII.GetString(Read($"{SearchIndex.Folder}{directories.Substring(i, SearchIndexWriter.HashDigits)}.txt"));
                names.AddRange(directory.Chunk(SearchIndexWriter.HashDigits).Select(c => new string(c)));
            }

            return names.Count == 1 << bits ? ([.. names.Select(n => Read($"{SearchIndex.Folder}{n}.bin"))], bits) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>How many bodies are read at once: their text is dropped once their postings are added.</summary>
    private const int Batch = 256;

    /// <summary>The index of the site's articles, newest first, filtered by their top column.</summary>
    public static SearchIndex Index(PageContext context, CancellationToken cancellationToken)
    {
        var articles = context.Content.Articles;
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

        return SearchIndexWriter.Write(Documents(context), postings, Columns(context));
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
