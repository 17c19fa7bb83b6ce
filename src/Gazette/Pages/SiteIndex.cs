using System.Collections.Frozen;
using System.Collections.Immutable;
using Gazette.Content;
using Gazette.Related;
using Gazette.Site;

namespace Gazette.Pages;

/// <summary>
/// The published articles looked up the ways pages need them: by section (a parent lists its children's articles),
/// by tag, by month, the feeds' articles, and each article's related ones. Built once per build; immutable.
/// An expired article (<see cref="ContentSet.IsExpired"/>) keeps its page, its month and year archive and its related
/// lists, but leaves the home page, section and tag listings and the feeds.
/// </summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<string, ImmutableArray<Article>> _articlesBySection;

    private readonly Dictionary<string, ImmutableArray<Article>> _listedBySection;

    /// <summary>How many related articles an article page shows.</summary>
    public const int RelatedCount = 5;

    /// <summary>Indexes <paramref name="content"/>; <paramref name="related"/> is computed here when null.</summary>
    public SiteIndex(SiteSettings settings, ContentSet content, RelatedArticleIndex? related = null, CancellationToken cancellationToken = default)
    {
        // A parent lists its children's articles: each section and its ancestors, found once per section, not per article.
        var chains = new Dictionary<Section, string[]>(ReferenceEqualityComparer.Instance);
        var bySection = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        Listed = [.. content.Articles.Where(a => !content.IsExpired(a))];
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
        _listedBySection = Listed.Length == content.Articles.Length
            ? _articlesBySection
            : _articlesBySection.ToDictionary(p => p.Key, p => p.Value.Where(a => !content.IsExpired(a)).ToImmutableArray(), StringComparer.Ordinal);
        PublishedSections = [.. settings.Sections.All.Where(s => _articlesBySection.ContainsKey(s.SlugPath))];
        EmptySections = [.. settings.Sections.All.Where(s => !_articlesBySection.ContainsKey(s.SlugPath))];
        // Every tag keeps its page (an expired article's page links to it); its list shows the current articles only.
        Tags = [.. content.Articles
            .SelectMany(a => a.Tags.Distinct(StringComparer.Ordinal).Select(t => (Tag: t, Article: a)))
            .GroupBy(p => p.Tag, StringComparer.Ordinal)
            .Select(g => (g.Key, Articles: g.Select(p => p.Article).Where(a => !content.IsExpired(a)).ToImmutableArray()))
            .OrderByDescending(g => g.Articles.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)];
        Months = [.. content.Articles
            .GroupBy(a => (a.Date.Value.Year, a.Date.Value.Month))
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Key.Year, g.Key.Month, g.ToImmutableArray()))];
        Related = related ?? RelatedArticleIndex.Build(content.Articles, RelatedCount, cancellationToken);
        Feeds = [(null, [.. Listed.Take(settings.FeedSize)]), .. PublishedSections.Select(s => ((Section?)s, ListedIn(s).Take(settings.FeedSize).ToImmutableArray()))];
        InFeeds = Feeds.SelectMany(f => f.Articles).Select(a => a.SourceFile).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The articles the home page lists, newest first: all but the expired.</summary>
    public ImmutableArray<Article> Listed { get; }

    /// <summary>The feeds, each with the articles it carries, newest first: the site's (no section), then each published section's.</summary>
    public ImmutableArray<(Section? Section, ImmutableArray<Article> Articles)> Feeds { get; }

    /// <summary>The source files of the articles some feed carries.</summary>
    public FrozenSet<string> InFeeds { get; }

    /// <summary>Every tag with its articles (newest first), most used tag first.</summary>
    public ImmutableArray<(string Tag, ImmutableArray<Article> Articles)> Tags { get; }

    /// <summary>Every month that has articles, newest first, with its articles (newest first).</summary>
    public ImmutableArray<(int Year, int Month, ImmutableArray<Article> Articles)> Months { get; }

    /// <summary>The related-article index over the articles.</summary>
    public RelatedArticleIndex Related { get; }

    /// <summary>Sections with at least one article of their own or below them, in display order.</summary>
    public ImmutableArray<Section> PublishedSections { get; }

    /// <summary>Sections with no article at all; they get no page.</summary>
    public ImmutableArray<Section> EmptySections { get; }

    /// <summary>Whether a section has articles of its own or below it.</summary>
    public bool IsPublished(Section section) => _articlesBySection.ContainsKey(section.SlugPath);

    /// <summary>The articles of a section and its descendants, newest first, expired ones included.</summary>
    public ImmutableArray<Article> ArticlesIn(Section section) =>
        _articlesBySection.TryGetValue(section.SlugPath, out var list) ? list : [];

    /// <summary>The articles a section's listing and feed show, its descendants' included, newest first: all but the expired.</summary>
    public ImmutableArray<Article> ListedIn(Section section) =>
        _listedBySection.TryGetValue(section.SlugPath, out var list) ? list : [];
}
