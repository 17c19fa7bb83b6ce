namespace Gazette.Search;

/// <summary>One article as the search results show it; its text goes into the postings (<see cref="SearchPostings.Add"/>).</summary>
/// <param name="Title">The title, as shown.</param>
/// <param name="Link">The page's address.</param>
/// <param name="Date">The day it was published, <c>yyyy-MM-dd</c>.</param>
/// <param name="Year">The year of <paramref name="Date"/>.</param>
/// <param name="Column">Its top column's place in the index's list of columns.</param>
internal sealed record SearchDocument(string Title, string Link, string Date, int Year, int Column);
