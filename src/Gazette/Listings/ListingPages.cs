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
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        var pages = ImmutableArray.CreateBuilder<SitemapEntry>();
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
        ListingRenderer.Render(context, home, files, pages, cancellationToken);

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
            ListingRenderer.Render(context, request, files, pages, cancellationToken);
        }

        return Task.FromResult(new PipelineOutput(files.ToImmutable(), pages.ToImmutable()));
    }
}
