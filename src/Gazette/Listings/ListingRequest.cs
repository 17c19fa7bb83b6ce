using System.Collections.Immutable;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Listings;

/// <summary>One listing to paginate: the home page, a section, a year or month of the archive, a tag.</summary>
/// <param name="Folder">Its folder under the site root: empty for the home page, else ending in a slash.</param>
/// <param name="Title">The page title.</param>
/// <param name="Heading">The heading above the list.</param>
/// <param name="Description">A sentence about the listing, if any.</param>
/// <param name="ColumnName">ColumnName metadata.</param>
/// <param name="ColumnType">ColumnType metadata.</param>
/// <param name="Breadcrumbs">The trail to the listing.</param>
/// <param name="Articles">Its articles, newest first.</param>
/// <param name="Groups">Links with counts shown above the list.</param>
/// <param name="FeedLink">The feed that follows this listing.</param>
internal sealed record ListingRequest(
    string Folder,
    string Title,
    string Heading,
    string? Description,
    string? ColumnName,
    string? ColumnType,
    ImmutableArray<LinkView> Breadcrumbs,
    ImmutableArray<Article> Articles,
    ImmutableArray<CountLinkView> Groups,
    string FeedLink);
