using System.Collections.Immutable;
using Gazette.Concurrency;
using Gazette.Content;
using Gazette.Theme.Views;

namespace Gazette.Pages.Listings;

/// <summary>Renders a listing as numbered pages through the theme's list layout.</summary>
internal static class ListingRenderer
{
    /// <summary>Renders every page of every listing, on all cores, in a stable order.</summary>
    public static ProducedPages RenderAll(PageContext context, IReadOnlyList<ListingRequest> requests, CancellationToken cancellationToken)
    {
        var pageSize = context.Settings.PageSize;
        var work = requests
            .SelectMany(request => Enumerable.Range(1, new Paginator(request.Folder, request.Articles.Length, pageSize).PageCount).Select(number => (request, number)))
            .ToList();
        var rendered = ParallelWork.Map(work.Count, i => RenderPage(context, work[i].request, work[i].number), cancellationToken);
        return new ProducedPages(
            [.. rendered.Select(r => r.File)],
            [.. rendered.Where(r => r.Entry is not null).Select(r => r.Entry!)]);
    }

    private static (OutputFile File, SitemapEntry? Entry) RenderPage(PageContext context, ListingRequest request, int number)
    {
        var settings = context.Settings;
        var views = context.Views;
        var paginator = new Paginator(request.Folder, request.Articles.Length, settings.PageSize);
        var newest = context.Content.Articles.IsEmpty ? (Site.PublicationDate?)null : context.Content.Articles[0].Date;
        var start = (number - 1) * settings.PageSize;
        var slice = request.Articles.Slice(start, Math.Min(settings.PageSize, request.Articles.Length - start));
        var sitePath = paginator.SitePathOf(number);
        var title = number == 1 ? request.Title : $"{request.Title}(第{number}页)";
        var page = views.Page("list", title, sitePath, request.Breadcrumbs, request.Column, request.Description, request.FeedLink);
        var listing = new ListingView(
            request.Heading ?? request.Title,
            request.Description,
            [.. slice.Select(views.ListItem)],
            paginator.ViewOf(number, settings.Link),
            number == 1 ? request.Groups : [],
            number == 1 ? request.Blocks : [],
            number == 1 && !request.Blocks.IsEmpty ? request.ListHeading : null);
        var file = context.Renderer.RenderOrReuse(paginator.FileOf(number), new PageDependencies(page, listing), () =>
            context.Renderer.Theme.RenderPage(page.Kind, new PageModel(views.Site, page, null, listing)));

        // A page's content changes when its newest article does; an index of groups changes with the site's newest.
        var lastModified = slice.IsEmpty ? newest : slice.Max(a => a.Date);
        return (file,
            lastModified is { } date ? new SitemapEntry(settings.Link(sitePath), date) : null);
    }
}
