using System.Collections.Immutable;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Pages.Listings;

/// <summary>One listing to paginate: the home page, a section, a year or month of the archive, a tag.</summary>
internal sealed record ListingRequest
{
    /// <summary>Its folder under the site root: empty for the home page, else ending in a slash.</summary>
    public required string Folder { get; init; }

    /// <summary>The page title.</summary>
    public required string Title { get; init; }

    /// <summary>The heading above the list; the title when not given.</summary>
    public string? Heading { get; init; }

    /// <summary>A sentence about the listing, if any.</summary>
    public string? Description { get; init; }

    /// <summary>The section the listing shows, whose name and type the page's column metadata carry; none for other listings.</summary>
    public Section? Column { get; init; }

    /// <summary>The trail to the listing.</summary>
    public required ImmutableArray<LinkView> Breadcrumbs { get; init; }

    /// <summary>Its articles, newest first.</summary>
    public ImmutableArray<Article> Articles { get; init; } = [];

    /// <summary>Links with counts shown above the list.</summary>
    public ImmutableArray<CountLinkView> Groups { get; init; } = [];

    /// <summary>Column blocks shown above the list on the first page: the home page's columns, a parent column's sub-columns.</summary>
    public ImmutableArray<ColumnBlockView> Blocks { get; init; } = [];

    /// <summary>The heading of the list when blocks come before it.</summary>
    public string? ListHeading { get; init; }

    /// <summary>The feed that follows this listing; the site's when not given.</summary>
    public string? FeedLink { get; init; }
}
