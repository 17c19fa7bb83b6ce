using System.Collections.Immutable;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Listings;

/// <summary>One listing to paginate: the home page or a section.</summary>
/// <param name="Folder">Its folder under the site root: empty for the home page, else ending in a slash.</param>
/// <param name="Title">The page title.</param>
/// <param name="Heading">The heading above the list.</param>
/// <param name="Description">The section's description, if any.</param>
/// <param name="ColumnName">ColumnName metadata.</param>
/// <param name="ColumnType">ColumnType metadata.</param>
/// <param name="Breadcrumbs">The trail to the listing.</param>
/// <param name="Articles">Its articles, newest first.</param>
internal sealed record ListingRequest(
    string Folder,
    string Title,
    string Heading,
    string? Description,
    string? ColumnName,
    string? ColumnType,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<Article> Articles);
