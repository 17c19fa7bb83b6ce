using System.Collections.Immutable;
using Gazette.Content;
using Gazette.Engine;
using Gazette.Output;
using Gazette.Publishing;
using Gazette.Theme.Views;

namespace Gazette.Listings;

/// <summary>Renders a listing as numbered pages through the theme's list layout.</summary>
internal static class ListingRenderer
{
    /// <summary>Adds the listing's pages to <paramref name="files"/> and their sitemap entries to <paramref name="pages"/>.</summary>
    public static void Render(
        BuildContext context,
        ListingRequest request,
        ImmutableArray<OutputFile>.Builder files,
        ImmutableArray<SitemapEntry>.Builder pages,
        CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var paginator = new Paginator(request.Folder, request.Articles.Length, settings.PageSize);
        var newest = context.Content.Articles.IsEmpty ? (Site.PublicationDate?)null : context.Content.Articles[0].Date;
        for (var number = 1; number <= paginator.PageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slice = request.Articles.Skip((number - 1) * settings.PageSize).Take(settings.PageSize).ToImmutableArray();
            var sitePath = paginator.SitePathOf(number);
            var title = number == 1 ? request.Title : $"{request.Title}(第{number}页)";
            var page = new PageView(
                "list",
                title,
                settings.Link(sitePath),
                settings.AbsoluteLink(sitePath),
                request.ColumnName,
                request.ColumnType,
                request.Description,
                request.Breadcrumbs,
                request.FeedLink);
            var listing = new ListingView(
                request.Heading,
                request.Description,
                [.. slice.Select(a => ArticlePages.ListItem(context, a))],
                paginator.ViewOf(number, settings.Link),
                number == 1 ? request.Groups : []);
            var html = context.Theme.RenderPage(page.Kind, new PageModel(context.SiteView, page, null, listing));
            files.Add(new OutputFile(paginator.FileOf(number), PageEncoding.Encode(html)));

            // A page's content changes when its newest article does; an index of groups changes with the site's newest.
            var lastModified = slice.IsEmpty ? newest : slice.Max(a => a.Date);
            if (lastModified is { } date)
            {
                pages.Add(new SitemapEntry(settings.Link(sitePath), date));
            }
        }
    }
}
