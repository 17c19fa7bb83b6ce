namespace Gazette.Theme.Views;

/// <summary>One article in a listing.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Link">The article's address.</param>
/// <param name="Date">The day it was published, <c>2021-01-08</c>.</param>
/// <param name="DateIso">The machine-readable date.</param>
/// <param name="Section">The name of the article's section.</param>
internal sealed record ListItemView(string Title, string Link, string Date, string DateIso, string Section);
