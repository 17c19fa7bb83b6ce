using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Theme;

namespace Gazette.Pages;

/// <summary>
/// What every page producer reads: the site's files and settings, its articles, the articles looked up the ways pages
/// need them, the small views, and the renderer. Immutable and shared by all producers of a build.
/// </summary>
/// <param name="Paths">Where the site's files are.</param>
/// <param name="Settings">The site settings.</param>
/// <param name="Content">The published articles, newest first.</param>
/// <param name="Index">The articles by section, tag, month and feed, and their related articles.</param>
/// <param name="Views">The small views every page is made of.</param>
/// <param name="Renderer">Renders or reuses each page.</param>
/// <param name="Assets">The theme's assets, named as the site publishes them.</param>
internal sealed record PageContext(SitePaths Paths, SiteSettings Settings, ContentSet Content, SiteIndex Index, SiteViews Views, PageRenderer Renderer, ThemeAssets Assets)
{
    private readonly Lazy<OldAddressTable> _oldAddresses = new(() => OldAddressTable.Of(Settings, Content.Articles));

    /// <summary>
    /// Every old address of the build's articles, gathered once for the redirect pages, the web server's map and the
    /// build's note; a clash is an error (<see cref="OldAddressTable.Of"/>).
    /// </summary>
    public OldAddressTable OldAddresses => _oldAddresses.Value;

    /// <summary>The context of one build, its views and renderer made from the index.</summary>
    public static PageContext Create(SitePaths paths, SiteSettings settings, ContentSet content, SiteIndex index, ThemeTemplates theme, ThemeAssets assets, MarkdownRenderer markdown, PageReuse? reuse, IProgress<BuildProgress>? progress, LocalFiles? files = null)
    {
        var views = new SiteViews(settings, index, content.Pages, assets.SitePathOf(ThemeAssets.Stylesheet));
        return new PageContext(paths, settings, content, index, views, new PageRenderer(theme, markdown, views.Site, settings.BasePath, index.InFeeds, reuse, progress, files), assets);
    }

    /// <summary>The same build rendering every page afresh, still fingerprinting each for the next build.</summary>
    public PageContext WithoutReuse() => this with { Renderer = Renderer.WithoutReuse() };

    /// <summary>The same context, its pages handed to <paramref name="sink"/> as they are rendered.</summary>
    public PageContext StoringIn(IOutputSink sink) => this with { Renderer = Renderer.StoringIn(sink) };
}
