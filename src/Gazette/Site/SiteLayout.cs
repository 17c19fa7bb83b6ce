namespace Gazette.Site;

/// <summary>Where the generated pages other than articles and section listings live, under the site root.</summary>
internal static class SiteLayout
{
    /// <summary>The archive by year and month.</summary>
    public const string Archive = "archive/";

    /// <summary>The tag pages.</summary>
    public const string Tags = "tags/";

    /// <summary>The human-readable 网站地图.</summary>
    public const string SiteMapPage = "sitemap.html";

    /// <summary>The 站内搜索 page, which reads its query from <c>?q=</c>.</summary>
    public const string SearchPage = "search.html";

    /// <summary>The Atom feed of a listing folder (empty for the site).</summary>
    public static string AtomFeed(string folder) => folder + "atom.xml";

    /// <summary>The RSS feed of a listing folder (empty for the site).</summary>
    public static string RssFeed(string folder) => folder + "rss.xml";

    /// <summary>The folder of a year of the archive.</summary>
    public static string ArchiveYear(int year) => FormattableString.Invariant($"{Archive}{year:0000}/");

    /// <summary>The folder of a month of the archive.</summary>
    public static string ArchiveMonth(int year, int month) => FormattableString.Invariant($"{Archive}{year:0000}/{month:00}/");

    /// <summary>The folder of a tag; the tag keeps its own characters in the file name and is percent-encoded in links.</summary>
    public static string Tag(string tag) => $"{Tags}{tag}/";
}
