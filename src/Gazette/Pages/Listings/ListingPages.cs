using System.Collections.Immutable;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Pages.Listings;

/// <summary>
/// The home page and one paginated listing per section that has articles. The home page's first page opens with a
/// block per column (<c>home:</c> in <c>_site.yml</c>, by default each top column), a parent column's with a block per
/// sub-column, each with its newest titles and 更多>>, as readers of government sites expect; the full list follows.
/// </summary>
internal sealed class ListingPages : IPageProducer
{
    /// <summary>How many titles a sub-column's block shows on its parent's listing.</summary>
    public const int SubColumnBlockCount = 5;

    /// <inheritdoc />
    public string Name => "listings";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var views = context.Views;
        var settings = context.Settings;
        var homeBlocks = settings.Home ?? [.. settings.Sections.Roots.Select(s => new HomeBlock(s, HomeBlock.DefaultCount))];
        List<ListingRequest> requests =
        [
            new()
            {
                Folder = string.Empty,
                Title = settings.Title,
                Heading = settings.Title,
                Breadcrumbs = [views.Home],
                Articles = context.Index.Listed,
                Blocks = Blocks(homeBlocks.Select(b => views.Block(b.Section, b.Count))),
                ListHeading = "最新发布",
            },
            .. context.Index.PublishedSections.Select(section => new ListingRequest
            {
                Folder = section.SlugPath + "/",
                Title = section.Name,
                Description = section.Description,
                Column = section,
                Breadcrumbs = views.BreadcrumbsTo(section),
                Articles = context.Index.ListedIn(section),
                FeedLink = views.FeedOf(section),
                Blocks = Blocks(section.Children.Select(child => views.Block(child, SubColumnBlockCount))),
                ListHeading = "最新文章",
            }),
        ];
        return ListingRenderer.RenderAll(context, requests, cancellationToken);
    }

    private static ImmutableArray<ColumnBlockView> Blocks(IEnumerable<ColumnBlockView?> blocks) => [.. blocks.OfType<ColumnBlockView>()];
}
