namespace Gazette.Site;

/// <summary>What <c>input/_site.yml</c> says about the site.</summary>
/// <param name="Title">The site's name (SiteName).</param>
/// <param name="BaseUrl">The absolute address of the site's host, without a trailing slash, e.g. https://rsj.suzhou.gov.cn.</param>
/// <param name="BasePath">The folder the site lives in, always starting and ending with a slash, e.g. / or /news/.</param>
/// <param name="PageSize">How many items a listing page shows.</param>
/// <param name="Sections">The 栏目 tree.</param>
/// <param name="Footer">The footer facts.</param>
/// <param name="FeedSize">How many of the newest articles each feed carries.</param>
/// <param name="OldAddresses">The old CMS's article address pattern, e.g. <c>/{old_path}/{yyyyMM}/{old_id}.shtml</c>; null for none.</param>
/// <param name="Precompress">Whether to write .gz and .br files beside every text file of the output.</param>
internal sealed record SiteSettings(
    string Title,
    string BaseUrl,
    string BasePath,
    int PageSize,
    SectionTree Sections,
    SiteFooter Footer,
    int FeedSize = SiteSettings.DefaultFeedSize,
    string? OldAddresses = null,
    bool Precompress = false)
{
    /// <summary>Where import puts a page with no breadcrumb that no folder under <c>seeds/</c> places; null for none.</summary>
    public Section? DefaultSection { get; init; }

    /// <summary>The header menu as <c>menu:</c> lists it; null for the default (the columns, then the pages with <c>menu</c>).</summary>
    public System.Collections.Immutable.ImmutableArray<MenuEntry>? Menu { get; init; }

    /// <summary>The home page's column blocks as <c>home:</c> lists them; null for the default (each top column).</summary>
    public System.Collections.Immutable.ImmutableArray<HomeBlock>? Home { get; init; }

    /// <summary>Whether the build writes the search index and page and every page carries the search box (<c>search:</c>, on by default).</summary>
    public bool Search { get; init; } = true;

    /// <summary>The page size used when the settings give none.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The feed size used when the settings give none.</summary>
    public const int DefaultFeedSize = 20;

    /// <summary>The host name of <see cref="BaseUrl"/> (SiteDomain).</summary>
    public string Domain => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : BaseUrl;

    /// <summary>
    /// The root-relative address of a site path, e.g. <c>zxzx/</c> → <c>/news/zxzx/</c>; segments that are not plain
    /// ASCII (a tag such as 就业) are percent-encoded, while the file keeps its own name.
    /// </summary>
    public string Link(string sitePath) => BasePath + string.Join('/', sitePath.TrimStart('/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>The absolute address of a site path, for sitemaps, feeds and canonical links.</summary>
    public string AbsoluteLink(string sitePath) => BaseUrl + Link(sitePath);
}
