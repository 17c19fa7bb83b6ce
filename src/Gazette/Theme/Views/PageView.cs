using System.Collections.Immutable;

namespace Gazette.Theme.Views;

/// <summary>What every template sees as <c>page</c>: the page being rendered.</summary>
/// <param name="Kind">The layout: <c>article</c>, <c>list</c> or <c>404</c>.</param>
/// <param name="Title">The page's own title (the article's headline, the section's name).</param>
/// <param name="Link">The page's root-relative address.</param>
/// <param name="Canonical">The page's absolute address.</param>
/// <param name="ColumnName">The section's name (ColumnName), on lists and articles.</param>
/// <param name="ColumnType">The section's type (ColumnType), on lists and articles.</param>
/// <param name="Description">A description for search engines.</param>
/// <param name="Breadcrumbs">The path from the home page; the last item is the page itself.</param>
/// <param name="FeedLink">The Atom feed that follows this page: its section's on section pages and articles, the site's elsewhere.</param>
internal sealed record PageView(
    string Kind,
    string Title,
    string Link,
    string Canonical,
    string? ColumnName,
    string? ColumnType,
    string? Description,
    ImmutableArray<LinkView> Breadcrumbs,
    string FeedLink);
