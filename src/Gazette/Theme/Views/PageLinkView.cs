namespace Gazette.Theme.Views;

/// <summary>One numbered page of a listing.</summary>
/// <param name="Number">The page number, from 1.</param>
/// <param name="Link">Its address.</param>
/// <param name="IsCurrent">Whether it is the page being rendered.</param>
/// <param name="GapBefore">Whether pages are left out between this one and the one before it.</param>
internal sealed record PageLinkView(int Number, string Link, bool IsCurrent, bool GapBefore = false);
