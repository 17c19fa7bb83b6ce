using System.Collections.Immutable;

namespace Gazette.Theme.Views;

/// <summary>One item of the header menu, as <c>site.menu</c> lists them.</summary>
/// <param name="Name">The text shown.</param>
/// <param name="Link">Where it leads.</param>
/// <param name="IsExternal">Whether it leads to another site.</param>
/// <param name="Children">A column's sub-columns, every level, in display order (each with its depth below the item, 1 the first); empty for others.</param>
internal sealed record MenuItemView(string Name, string Link, bool IsExternal, ImmutableArray<MenuChildView> Children);
