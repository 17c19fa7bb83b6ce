using System.Collections.Immutable;

namespace Gazette.Theme.Views;

/// <summary>Where a listing page stands among its siblings.</summary>
/// <param name="Current">This page's number, from 1.</param>
/// <param name="Total">How many pages the listing has.</param>
/// <param name="PreviousLink">The newer page's address, or null on the first page.</param>
/// <param name="NextLink">The older page's address, or null on the last page.</param>
/// <param name="Pages">Every page of the listing.</param>
internal sealed record PaginationView(int Current, int Total, string? PreviousLink, string? NextLink, ImmutableArray<PageLinkView> Pages);
