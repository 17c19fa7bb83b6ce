using Gazette.Site;

namespace Gazette.Pages.Listings;

/// <summary>The home page and one paginated listing per section that has articles.</summary>
internal sealed class ListingPages : IPageProducer
{
    /// <inheritdoc />
    public string Name => "listings";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var views = context.Views;
        List<ListingRequest> requests =
        [
            new() { Folder = string.Empty, Title = context.Settings.Title, Heading = "最新发布", Breadcrumbs = [views.Home], Articles = context.Index.Listed },
            .. context.Index.PublishedSections.Select(section => new ListingRequest
            {
                Folder = section.SlugPath + "/",
                Title = section.Name,
                Description = section.Description,
                Column = section,
                Breadcrumbs = views.BreadcrumbsTo(section),
                Articles = context.Index.ListedIn(section),
                FeedLink = views.FeedOf(section),
            }),
        ];
        return ListingRenderer.RenderAll(context, requests, cancellationToken);
    }
}
