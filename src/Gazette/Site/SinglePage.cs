namespace Gazette.Site;

/// <summary>
/// A 单页: a page that is not news — 关于我们, 机构职能, 联系我们 — with a title and a body but no date or 栏目 of its
/// own. It is published at <c>/{slug}/</c>, is in the sitemap and the 网站地图, and is never listed or in a feed.
/// </summary>
/// <param name="SourceFile">The Markdown file, relative to the site root.</param>
/// <param name="Slug">The page's folder under the site root.</param>
/// <param name="Title">The heading.</param>
/// <param name="Summary">A sentence for search engines; null when none.</param>
/// <param name="MenuName">The name the header menu shows it under; null when it is not in the menu by itself.</param>
/// <param name="Weight">Its place among the pages: lower first, then by slug.</param>
/// <param name="Updated">When it was last revised (front matter <c>date</c>), shown and given to the sitemap; null when not given.</param>
/// <param name="Body">The Markdown body.</param>
internal sealed record SinglePage(
    string SourceFile,
    string Slug,
    string Title,
    string? Summary,
    string? MenuName,
    int Weight,
    PublicationDate? Updated,
    ArticleBody Body)
{
    /// <summary>The page's file under the site root.</summary>
    public string SitePath => Slug + "/index.html";

    /// <summary>The page's folder, as links name it.</summary>
    public string Folder => Slug + "/";

    /// <summary>The hash of the Markdown file it was read from.</summary>
    public ulong ContentHash { get; init; }

    /// <summary>Whether the file says <c>draft: true</c>; such a page is read only by a preview.</summary>
    public bool IsDraft { get; init; }
}
