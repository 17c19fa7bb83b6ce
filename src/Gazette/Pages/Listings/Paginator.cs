using System.Collections.Immutable;
using Gazette.Theme.Views;

namespace Gazette.Pages.Listings;

/// <summary>Splits a listing into pages named <c>index.html</c>, <c>index_2.html</c>, … inside a folder.</summary>
/// <param name="Folder">The listing's folder under the site root, empty for the home page, else ending in a slash.</param>
/// <param name="ItemCount">How many items the listing has.</param>
/// <param name="PageSize">How many items fit on a page.</param>
internal sealed record Paginator(string Folder, int ItemCount, int PageSize)
{
    /// <summary>How many pages there are; an empty listing still has one.</summary>
    public int PageCount => Math.Max(1, (ItemCount + PageSize - 1) / PageSize);

    /// <summary>The file of page <paramref name="number"/>, under the site root.</summary>
    public string FileOf(int number) => number == 1 ? $"{Folder}index.html" : $"{Folder}index_{number}.html";

    /// <summary>The site path readers link to: the folder itself for the first page.</summary>
    public string SitePathOf(int number) => number == 1 ? Folder : FileOf(number);

    /// <summary>How many numbered links stand on each side of the current page.</summary>
    public const int Window = 2;

    /// <summary>
    /// The pagination a template sees on page <paramref name="number"/>; <paramref name="link"/> turns a site path into an
    /// address. It numbers the first and last pages and a few around the current one, never all of them: a home page of
    /// 2,500 pages must not carry 2,500 links on each of them.
    /// </summary>
    public PaginationView ViewOf(int number, Func<string, string> link)
    {
        var shown = new SortedSet<int> { 1, PageCount };
        for (var n = Math.Max(1, number - Window); n <= Math.Min(PageCount, number + Window); n++)
        {
            shown.Add(n);
        }

        var pages = shown.Select(n => new PageLinkView(n, link(SitePathOf(n)), n == number, n > 1 && !shown.Contains(n - 1)));
        return new PaginationView(
            number,
            PageCount,
            number > 1 ? link(SitePathOf(number - 1)) : null,
            number < PageCount ? link(SitePathOf(number + 1)) : null,
            [.. pages]);
    }
}
