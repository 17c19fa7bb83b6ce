using Gazette.Collections;

namespace Gazette.Site;

/// <summary>One article as the site publishes it: its front matter checked and typed, its body still Markdown.</summary>
/// <param name="SourceFile">The Markdown file, relative to the site root, e.g. <c>input/zxzx/xwdt/202101/e0b2ebfcac031705.md</c>.</param>
/// <param name="Id">The last segment of the address.</param>
/// <param name="Title">The headline.</param>
/// <param name="Date">When it was published.</param>
/// <param name="Source">Who published it (来源); null when the page gave none.</param>
/// <param name="Section">The 栏目 it belongs to.</param>
/// <param name="Summary">A sentence or two for listings and search engines.</param>
/// <param name="Seed">The seed it was imported from, if any.</param>
/// <param name="PublicInformation">信息公开 fields.</param>
/// <param name="Tags">Topic tags.</param>
/// <param name="Aliases">Old addresses that should lead here.</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="OldId">The article's id on the old CMS, for redirects from its old address; null when it is <paramref name="Id"/>.</param>
internal sealed record Article(
    string SourceFile,
    string Id,
    string Title,
    PublicationDate Date,
    string? Source,
    Section Section,
    string? Summary,
    string? Seed,
    PublicInformation PublicInformation,
    EquatableArray<string> Tags,
    EquatableArray<string> Aliases,
    ArticleBody Body,
    string? OldId = null)
{
    /// <summary>The page's path under the site root: <c>{section slugs}/{yyyyMM}/{id}.html</c>.</summary>
    public string SitePath => $"{Section.SlugPath}/{Date.ToMonthFolder()}/{Id}.html";

    /// <summary>
    /// The hash of the Markdown file the article was read from. With the settings, the file decides everything about
    /// the article, so caches identify it by this; 0 when the article was not read from a file.
    /// </summary>
    public ulong ContentHash { get; init; }

    /// <summary>Whether the file says <c>draft: true</c>; such an article is read only by a preview.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Whether the body may link a published file outside the article's own folder (<c>files/</c>, <c>../</c>), whose changes its page then shows.</summary>
    public bool ReachesOut { get; init; }

    /// <summary>When the article stops being current (<c>expires</c>): after it, it leaves lists and feeds and its page says so.</summary>
    public PublicationDate? Expires { get; init; }
}
