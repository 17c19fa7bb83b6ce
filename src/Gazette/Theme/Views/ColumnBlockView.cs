using System.Collections.Immutable;

namespace Gazette.Theme.Views;

/// <summary>A column's block on the home page or its parent's listing: its name, its newest titles and 更多>>.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Link">Its listing, which 更多>> and the heading lead to.</param>
/// <param name="Items">Its newest articles, newest first.</param>
internal sealed record ColumnBlockView(string Name, string Link, ImmutableArray<ListItemView> Items);
