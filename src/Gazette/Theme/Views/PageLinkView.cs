namespace Gazette.Theme.Views;

/// <summary>One numbered page of a listing.</summary>
/// <param name="Number">The page number, from 1.</param>
/// <param name="Link">Its address.</param>
/// <param name="IsCurrent">Whether it is the page being rendered.</param>
public sealed record PageLinkView(int Number, string Link, bool IsCurrent);
