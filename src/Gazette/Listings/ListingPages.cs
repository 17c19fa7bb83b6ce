using System.Collections.Immutable;
using Gazette.Engine;
using Gazette.Output;
using Gazette.Publishing;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Listings;

/// <summary>The Listings pipeline: the home page and one paginated listing per section that has articles.</summary>
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

        var home = new ListingRequest(string.Empty, settings.Title, "最新发布", null, null, null, [new LinkView("首页", settings.Link(string.Empty))], context.Content.Articles);
        Paginate(context, home, files, pages, cancellationToken);

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
                context.ArticlesIn(section));
            Paginate(context, request, files, pages, cancellationToken);
        }

        return Task.FromResult(new PipelineOutput(files.ToImmutable(), pages.ToImmutable()));
    }

    private static void Paginate(BuildContext context, ListingRequest request, ImmutableArray<OutputFile>.Builder files, ImmutableArray<SitemapEntry>.Builder pages, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var paginator = new Paginator(request.Folder, request.Articles.Length, settings.PageSize);
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
                request.Breadcrumbs);
            var items = slice.Select(a => new ListItemView(a.Title, settings.Link(a.SitePath), a.Date.ToDayString(), a.Date.ToIsoString(), a.Section.Name));
            var listing = new ListingView(request.Heading, request.Description, [.. items], paginator.ViewOf(number, settings.Link));
            var html = context.Theme.RenderPage(page.Kind, new PageModel(context.SiteView, page, null, listing));
            files.Add(new OutputFile(paginator.FileOf(number), PageEncoding.Encode(html)));
            if (!slice.IsEmpty)
            {
                pages.Add(new SitemapEntry(settings.Link(sitePath), slice.Max(a => a.Date)));
            }
        }
    }
}
