namespace Gazette.Theme;

/// <summary>
/// A page's model that names its globals itself: every page is rendered with one, and importing it by reflection
/// looked up each property's attributes and read it through an invoke stub that was compiled again and again.
/// </summary>
internal interface IPageGlobals
{
    /// <summary>Hands each global to <paramref name="set"/>, named as Scriban's importer names the property it comes from.</summary>
    void ForEachGlobal(Action<string, object?> set);
}
