using System.Collections.Frozen;
using System.Collections.Immutable;
using Gazette.Content;
using Gazette.Site;
using Gazette.Theme;
using Gazette.Theme.Views;

namespace Gazette.Engine;

/// <summary>Everything a build's pipelines read: settings, articles, theme. Immutable and shared by all of them.</summary>
public sealed class BuildContext
{
    private readonly FrozenDictionary<string, ImmutableArray<Article>> _articlesBySection;

    /// <summary>Assembles the context and indexes articles by section (a parent lists its children's articles).</summary>
    public BuildContext(SiteSettings settings, ContentSet content, ThemeTemplates theme, MarkdownRenderer markdown)
    {
        Settings = settings;
        Content = content;
        Theme = theme;
        Markdown = markdown;

        var bySection = new Dictionary<string, List<Article>>(StringComparer.Ordinal);
        foreach (var article in content.Articles)
        {
            var slugs = article.Section.Slugs;
            for (var depth = 1; depth <= slugs.Length; depth++)
            {
                var key = string.Join('/', slugs.Take(depth));
                if (!bySection.TryGetValue(key, out var list))
                {
                    bySection[key] = list = [];
                }

                list.Add(article);
            }
        }

        // Articles arrive newest first, so each list already is in the site's one order.
        _articlesBySection = bySection.ToFrozenDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
        PublishedSections = [.. settings.Sections.All.Where(s => _articlesBySection.ContainsKey(s.SlugPath))];
        EmptySections = [.. settings.Sections.All.Where(s => !_articlesBySection.ContainsKey(s.SlugPath))];
        SiteView = new SiteView(
            settings.Title,
            settings.Domain,
            settings.BaseUrl,
            settings.Link(string.Empty),
            settings.Link(ThemeAssets.StylesheetPath),
            settings.Footer,
            [.. settings.Sections.Roots.Where(s => _articlesBySection.ContainsKey(s.SlugPath)).Select(s => new LinkView(s.Name, settings.Link(s.SlugPath + "/")))]);
    }

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
