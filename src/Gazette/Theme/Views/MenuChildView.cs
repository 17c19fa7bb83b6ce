namespace Gazette.Theme.Views;

/// <summary>A sub-column under a menu item.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Link">Its listing.</param>
/// <param name="Depth">How far below the menu item it sits: 1 for a child, 2 for a grandchild.</param>
internal sealed record MenuChildView(string Name, string Link, int Depth);
