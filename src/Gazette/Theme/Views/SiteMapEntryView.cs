namespace Gazette.Theme.Views;

/// <summary>One section on the 网站地图 page.</summary>
/// <param name="Name">The section's name.</param>
/// <param name="Link">Its listing.</param>
/// <param name="Depth">Its depth in the tree, 1 for a top-level section.</param>
/// <param name="Count">How many articles it lists, sub-sections included.</param>
/// <param name="Latest">The day of its newest article, <c>2021-01-08</c>.</param>
/// <param name="LatestIso">The same, machine-readable.</param>
internal sealed record SiteMapEntryView(string Name, string Link, int Depth, int Count, string Latest, string LatestIso);
