using System.Collections.Concurrent;
using System.Collections.Frozen;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Text;
using Gazette.Theme;
using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>
/// Turns views into bytes for every producer: through the theme's layouts, or, for a file made without a template (a
/// feed), through the producer's own writer. Each page is rendered only when <see cref="PageReuse"/> cannot keep the
/// deployed one, and counted for progress.
/// </summary>
internal sealed class PageRenderer
{
    private ConcurrentDictionary<string, Lazy<string>> _sharedBodies = new(StringComparer.Ordinal);
    private readonly SiteView _site;
    private readonly string _basePath;
    private readonly FrozenSet<string> _inFeeds;
    private readonly PageReuse? _reuse;
    private readonly Lazy<ulong> _siteFingerprint;
    private readonly IProgress<BuildProgress>? _progress;
    private IOutputSink? _sink;
    private int _pagesRendered;

    /// <summary>
    /// A renderer for one build. <paramref name="inFeeds"/> names the articles whose bodies feeds carry too;
    /// without <paramref name="reuse"/> every page is rendered and none fingerprinted. Bodies' root-relative links are
    /// written under <paramref name="basePath"/>.
    /// </summary>
    public PageRenderer(ThemeTemplates theme, MarkdownRenderer markdown, SiteView site, string basePath, FrozenSet<string> inFeeds, PageReuse? reuse, IProgress<BuildProgress>? progress, LocalFiles? files = null)
    {
        Files = files ?? LocalFiles.None;
        _basePath = basePath;
        Theme = theme;
        Markdown = markdown;
        _inFeeds = inFeeds;
        _reuse = reuse;
        _progress = progress;
        _site = site;
        _siteFingerprint = new Lazy<ulong>(() => reuse?.SiteFingerprint(site) ?? 0);
    }

    /// <summary>A renderer for the same build that renders every page; a body shared with feeds is rendered once still.</summary>
    public PageRenderer WithoutReuse() => new(Theme, Markdown, _site, _basePath, _inFeeds, _reuse?.Disabled(), _progress, Files) { _sharedBodies = _sharedBodies, _sink = _sink };

    /// <summary>A renderer for the same build that hands each page it renders to <paramref name="sink"/> at once, rather than holding its bytes.</summary>
    public PageRenderer StoringIn(IOutputSink sink) => new(Theme, Markdown, _site, _basePath, _inFeeds, _reuse, _progress, Files) { _sharedBodies = _sharedBodies, _sink = sink };

    /// <summary>The files published from <c>input/</c>, to which bodies' relative links lead.</summary>
    public LocalFiles Files { get; }

    /// <summary>The parsed templates.</summary>
    public ThemeTemplates Theme { get; }

    /// <summary>The one Markdown pipeline.</summary>
    public MarkdownRenderer Markdown { get; }

    /// <summary>Which pages may be kept from the last build; null when none are fingerprinted.</summary>
    public PageReuse? Reuse => _reuse;

    /// <summary>Pages rendered so far in this build.</summary>
    public int PagesRendered => Volatile.Read(ref _pagesRendered);

    /// <summary>
    /// An article body as HTML. A body that feeds carry too (the site's, its section's and each parent section's) is
    /// rendered once and shared by its page and those feeds, which for a long body saves most of the build; other bodies
    /// are rendered where they are needed and not held.
    /// </summary>
    public string BodyHtml(Article article) => _inFeeds.Contains(article.SourceFile)
        ? _sharedBodies.GetOrAdd(article.SourceFile, _ => new Lazy<string>(() => Markdown.ToHtml(article.Body.Text, article.SourceFile, _basePath, Files))).Value
        : Markdown.ToHtml(article.Body.Text, article.SourceFile, _basePath, Files);

    /// <summary>A page's (单页's) body as HTML.</summary>
    public string BodyHtml(SinglePage page) => Markdown.ToHtml(page.Body.Text, page.SourceFile, _basePath, Files);

    /// <summary>Renders a page through the layout of its kind, or keeps the deployed one when nothing it depends on changed.</summary>
    public OutputFile RenderOrReuse(string sitePath, PageDependencies dependencies, Func<byte[]> render)
    {
        if (_reuse is not { } reuse)
        {
            return Stored(new OutputFile(sitePath, Rendered(render)));
        }

        var fingerprint = reuse.Fingerprint(dependencies, _siteFingerprint.Value);
        return reuse.TryReuse(sitePath, fingerprint)
            ? OutputFile.Reuse(sitePath, fingerprint)
            : Stored(new OutputFile(sitePath, Rendered(render), Fingerprint: fingerprint));
    }

    /// <summary>
    /// Writes a file made without a template (a feed), or keeps the deployed one when the fingerprint of
    /// <paramref name="dependencies"/> — everything the file shows — is the one the last build recorded.
    /// </summary>
    public OutputFile WriteOrReuse(string sitePath, object dependencies, Func<byte[]> write)
    {
        if (_reuse is not { } reuse)
        {
            return Stored(new OutputFile(sitePath, write()));
        }

        var fingerprint = reuse.Fingerprint(dependencies);
        return reuse.TryReuse(sitePath, fingerprint)
            ? OutputFile.Reuse(sitePath, fingerprint)
            : Stored(new OutputFile(sitePath, write(), Fingerprint: fingerprint));
    }

    /// <summary>Renders a page that is always made afresh and not counted among the site's pages (the 网站地图, the 404 page).</summary>
    public static OutputFile Render(string sitePath, Func<byte[]> render) => new(sitePath, render());

    /// <summary>
    /// A file a producer made without a template (say, of the search index), handed to the sink when pages go to one
    /// as they are made, so that it is not held; else the file itself.
    /// </summary>
    public OutputFile Stored(OutputFile file) => _sink?.Store(file) ?? file;

    private byte[] Rendered(Func<byte[]> render)
    {
        var html = render();
        var count = Interlocked.Increment(ref _pagesRendered);
        if (count % 250 == 0)
        {
            _progress?.Report(new BuildProgress("rendering", count));
        }

        return html;
    }
}
