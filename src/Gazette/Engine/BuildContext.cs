using System.Collections.Frozen;
using System.Collections.Immutable;
using Gazette.Content;
using Gazette.Related;
using Gazette.Site;
using Gazette.Theme;
using Gazette.Theme.Views;

namespace Gazette.Engine;

/// <summary>Everything a build's pipelines read: settings, articles, theme. Immutable and shared by all of them.</summary>
public sealed class BuildContext
{
    private readonly Dictionary<string, ImmutableArray<Article>> _articlesBySection;

    private readonly Dictionary<string, int> _indexByPath;

    /// <summary>How many related articles an article page shows.</summary>
    public const int RelatedCount = 5;

    /// <summary>Assembles the context: indexes articles by section (a parent lists its children's articles), by tag and by month, and finds related articles.</summary>
    /// <param name="settings">The site settings.</param>
    /// <param name="content">The published articles.</param>
    /// <param name="theme">The parsed templates.</param>
    /// <param name="markdown">The Markdown pipeline.</param>
    /// <param name="related">Related-article lists computed already; computed here when null.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public BuildContext(SiteSettings settings, ContentSet content, ThemeTemplates theme, MarkdownRenderer markdown, RelatedArticleIndex? related = null, CancellationToken cancellationToken = default)
    {
        Settings = settings;
        Content = content;
        Theme = theme;
        Markdown = markdown;

        // A parent lists its children's articles: each section and its ancestors, found once per section, not per article.
        var chains = new Dictionary<Section, string[]>(ReferenceEqualityComparer.Instance);
        var bySection = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        foreach (var article in content.Articles)
        {
            if (!chains.TryGetValue(article.Section, out var keys))
            {
                var slugs = article.Section.Slugs;
                chains[article.Section] = keys = [.. Enumerable.Range(1, slugs.Length).Select(depth => string.Join('/', slugs.Take(depth)))];
            }

            foreach (var key in keys)
            {
                if (!bySection.TryGetValue(key, out var list))
                {
                    bySection[key] = list = [];
                }

                list.Add(article);
            }
        }

        // Articles arrive newest first, so each list already is in the site's one order.
        _articlesBySection = bySection.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
        PublishedSections = [.. settings.Sections.All.Where(s => _articlesBySection.ContainsKey(s.SlugPath))];
        EmptySections = [.. settings.Sections.All.Where(s => !_articlesBySection.ContainsKey(s.SlugPath))];
        _indexByPath = content.Articles.Select((a, i) => (a.SitePath, i)).ToDictionary(p => p.SitePath, p => p.i, StringComparer.Ordinal);
        Tags = [.. content.Articles
            .SelectMany(a => a.Tags.Distinct(StringComparer.Ordinal).Select(t => (Tag: t, Article: a)))
            .GroupBy(p => p.Tag, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(p => p.Article).ToImmutableArray()))];
        Months = [.. content.Articles
            .GroupBy(a => (a.Date.Value.Year, a.Date.Value.Month))
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Key.Year, g.Key.Month, g.ToImmutableArray()))];
        Related = related ?? RelatedArticleIndex.Build(content.Articles, RelatedCount, cancellationToken);
        SiteView = new SiteView(
            settings.Title,
            settings.Domain,
            settings.BaseUrl,
            settings.Link(string.Empty),
            settings.Link(ThemeAssets.StylesheetPath),
            settings.Footer,
            [.. settings.Sections.Roots.Where(s => _articlesBySection.ContainsKey(s.SlugPath)).Select(s => new LinkView(s.Name, settings.Link(s.SlugPath + "/")))],
            settings.Link(SiteLayout.SiteMapPage),
            settings.Link(SiteLayout.Archive),
            Tags.IsEmpty ? null : settings.Link(SiteLayout.Tags),
            settings.Link(SiteLayout.AtomFeed(string.Empty)),
            settings.Link(SiteLayout.RssFeed(string.Empty)));
        _siteFingerprint = new Lazy<ulong>(() => Cache?.SiteFingerprint(SiteView) ?? 0);
        Feeds = [(null, [.. content.Articles.Take(settings.FeedSize)]), .. PublishedSections.Select(s => ((Section?)s, ArticlesIn(s).Take(settings.FeedSize).ToImmutableArray()))];
        _inFeeds = new Lazy<FrozenSet<string>>(() => Feeds.SelectMany(f => f.Articles).Select(a => a.SourceFile).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>The feeds, each with the articles it carries, newest first: the site's (no section), then each published section's.</summary>
    public ImmutableArray<(Section? Section, ImmutableArray<Article> Articles)> Feeds { get; }

    private readonly Lazy<FrozenSet<string>> _inFeeds;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<string>> _feedBodies = new(StringComparer.Ordinal);

    /// <summary>
    /// An article body as HTML. A body that feeds carry too (the site's, its section's and each parent section's) is
    /// rendered once and shared by its page and those feeds, which for a long body saves most of the build; other bodies
    /// are rendered where they are needed and not held.
    /// </summary>
    public string BodyHtml(Article article) => _inFeeds.Value.Contains(article.SourceFile)
        ? _feedBodies.GetOrAdd(article.SourceFile, _ => new Lazy<string>(() => Markdown.ToHtml(article.Body.Text, article.SourceFile))).Value
        : Markdown.ToHtml(article.Body.Text, article.SourceFile);

    /// <summary>The archive's years as links with their article counts, newest first (shown by the archive and the 网站地图).</summary>
    public ImmutableArray<CountLinkView> YearLinks => [.. Months.GroupBy(m => m.Year).Select(y => new CountLinkView(
        FormattableString.Invariant($"{y.Key}年"), Settings.Link(SiteLayout.ArchiveYear(y.Key)), y.Sum(m => m.Articles.Length)))];

    /// <summary>The tags as links with their article counts, most used first (shown by the tag index and the 网站地图).</summary>
    public ImmutableArray<CountLinkView> TagLinks => [.. Tags.Select(t => new CountLinkView(t.Tag, Settings.Link(SiteLayout.Tag(t.Tag)), t.Articles.Length))];

    /// <summary>Every tag with its articles (newest first), most used tag first.</summary>
    public ImmutableArray<(string Tag, ImmutableArray<Article> Articles)> Tags { get; }

    /// <summary>Every month that has articles, newest first, with its articles (newest first).</summary>
    public ImmutableArray<(int Year, int Month, ImmutableArray<Article> Articles)> Months { get; }

    /// <summary>The related-article index over <see cref="ContentSet.Articles"/>.</summary>
    public RelatedArticleIndex Related { get; }

    private int _pagesRendered;

    private readonly Lazy<ulong> _siteFingerprint;

    /// <summary>Which pages may be reused from the last build; by default none.</summary>
    public PageCache? Cache { get; init; }

    /// <summary>Renders a page, or reuses the deployed one when its fingerprint says nothing it shows has changed.</summary>
    public Output.OutputFile RenderOrReuse(string sitePath, PageModel fingerprintModel, Func<string> render)
    {
        if (Cache is not { } cache)
        {
            return new Output.OutputFile(sitePath, PageEncoding.Encode(render()));
        }

        var fingerprint = cache.Fingerprint(fingerprintModel, _siteFingerprint.Value);
        return cache.TryReuse(sitePath, fingerprint)
            ? Output.OutputFile.Reuse(sitePath, fingerprint)
            : new Output.OutputFile(sitePath, PageEncoding.Encode(render()), Fingerprint: fingerprint);
    }

    /// <summary>
    /// Writes a file rendered without a template (a feed), or reuses the deployed one when the fingerprint of
    /// <paramref name="fingerprintModel"/> — everything the file shows — is the one the last build recorded.
    /// </summary>
    public Output.OutputFile WriteOrReuse(string sitePath, object fingerprintModel, Func<byte[]> write)
    {
        if (Cache is not { } cache)
        {
            return new Output.OutputFile(sitePath, write());
        }

        var value = cache.Fingerprint(fingerprintModel);
        return cache.TryReuse(sitePath, value)
            ? Output.OutputFile.Reuse(sitePath, value)
            : new Output.OutputFile(sitePath, write(), Fingerprint: value);
    }

    /// <summary>Where progress goes, if anywhere.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>Pages rendered so far in this build.</summary>
    public int PagesRendered => Volatile.Read(ref _pagesRendered);

    /// <summary>Counts a rendered page, and reports progress every few hundred pages.</summary>
    public void PageRendered()
    {
        var count = Interlocked.Increment(ref _pagesRendered);
        if (count % 250 == 0)
        {
            Progress?.Report(new BuildProgress("rendering", count));
        }
    }

    /// <summary>The position of an article in <see cref="ContentSet.Articles"/>.</summary>
    public int IndexOf(Article article) => _indexByPath[article.SitePath];

    /// <summary>The site settings.</summary>
    public SiteSettings Settings { get; }

    /// <summary>The published articles, newest first.</summary>
    public ContentSet Content { get; }

    /// <summary>The parsed templates.</summary>
    public ThemeTemplates Theme { get; }

    /// <summary>The one Markdown pipeline.</summary>
    public MarkdownRenderer Markdown { get; }

    /// <summary>What templates see as <c>site</c>.</summary>
    public SiteView SiteView { get; }

    /// <summary>Sections with at least one article of their own or below them, in display order.</summary>
    public ImmutableArray<Section> PublishedSections { get; }

    /// <summary>Sections with no article at all; they get no page.</summary>
    public ImmutableArray<Section> EmptySections { get; }

    /// <summary>The articles of a section and its descendants, newest first.</summary>
    public ImmutableArray<Article> ArticlesIn(Section section) =>
        _articlesBySection.TryGetValue(section.SlugPath, out var list) ? list : [];

    /// <summary>The breadcrumb trail to a section: 首页, then each section from the top down.</summary>
    public ImmutableArray<LinkView> BreadcrumbsTo(Section section)
    {
        var trail = ImmutableArray.CreateBuilder<LinkView>(section.Names.Length + 1);
        trail.Add(new LinkView("首页", Settings.Link(string.Empty)));
        for (var depth = 1; depth <= section.Names.Length; depth++)
        {
            trail.Add(new LinkView(section.Names[depth - 1], Settings.Link(string.Join('/', section.Slugs.Take(depth)) + "/")));
        }

        return trail.MoveToImmutable();
    }
}
