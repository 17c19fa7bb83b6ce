using System.Collections.Immutable;

namespace Gazette.Theme.Views;

/// <summary>What the list layout sees as <c>listing</c>.</summary>
/// <param name="Heading">The heading above the list.</param>
/// <param name="Description">A sentence about the section, if the settings give one.</param>
/// <param name="Items">The articles on this page, newest first.</param>
/// <param name="Pagination">Links to the other pages.</param>
/// <param name="Groups">Links with counts shown above the list: the years or months of an archive, the tags.</param>
/// <param name="Blocks">Column blocks shown above the list: the home page's columns, a parent column's sub-columns (first page only).</param>
/// <param name="ListHeading">The heading of the list below the blocks; null when there are none.</param>
internal sealed record ListingView(string Heading, string? Description, ImmutableArray<ListItemView> Items, PaginationView Pagination, ImmutableArray<CountLinkView> Groups, ImmutableArray<ColumnBlockView> Blocks = default, string? ListHeading = null)
{
    /// <summary>Column blocks shown above the list; empty when none.</summary>
    public ImmutableArray<ColumnBlockView> Blocks { get; init; } = Blocks.IsDefault ? [] : Blocks;
}
