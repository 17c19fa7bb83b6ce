using Gazette.Site;

namespace Gazette.Pages.Listings;

/// <summary>Tag pages, made only when articles carry <c>tags</c>: <c>/tags/</c> lists every tag with its count, <c>/tags/{tag}/</c> its articles.</summary>
internal sealed class TagPages : IPageProducer
{
    /// <inheritdoc />
    public string Name => "tags";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        if (context.Index.Tags.IsEmpty)
        {
            return new ProducedPages([], []);
        }

        var views = context.Views;
        var tags = views.Link("标签", SiteLayout.Tags);
        List<ListingRequest> requests =
        [
            new() { Folder = SiteLayout.Tags, Title = "标签", Heading = "按标签浏览", Breadcrumbs = [views.Home, tags], Groups = views.TagLinks },
            .. context.Index.Tags.Select(t => new ListingRequest
            {
                Folder = SiteLayout.Tag(t.Tag),
                Title = $"标签:{t.Tag}",
                Breadcrumbs = [views.Home, tags, views.Link(t.Tag, SiteLayout.Tag(t.Tag))],
                Articles = t.Articles,
            }),
        ];
        return ListingRenderer.RenderAll(context, requests, cancellationToken);
    }
}
