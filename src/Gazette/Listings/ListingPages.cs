using System.Collections.Immutable;
using Gazette.Engine;
using Gazette.Output;
using Gazette.Publishing;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Listings;

/// <summary>The Listings pipeline's main part: the home page and one paginated listing per section that has articles.</summary>
public sealed class ListingPages : IPipeline
{
    /// <inheritdoc />
    public string Name => "listings";

    /// <inheritdoc />
    public Task<PipelineOutput> RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var requests = new List<ListingRequest>();
        var settings = context.Settings;

        var home = new ListingRequest(
            string.Empty,
            settings.Title,
            "最新发布",
            null,
            null,
            null,
            [new LinkView("首页", settings.Link(string.Empty))],
            context.Content.Articles,
            [],
            context.SiteView.AtomLink);
        requests.Add(home);

        foreach (var section in context.PublishedSections)
        {
            var request = new ListingRequest(
                section.SlugPath + "/",
                section.Name,
                section.Name,
                section.Description,
                section.Name,
                section.Type,
                context.BreadcrumbsTo(section),
                context.ArticlesIn(section),
                [],
                settings.Link(SiteLayout.AtomFeed(section.SlugPath + "/")));
            requests.Add(request);
        }

        return Task.FromResult(ListingRenderer.RenderAll(context, requests, cancellationToken));
    }
}
