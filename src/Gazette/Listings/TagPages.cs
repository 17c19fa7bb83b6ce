using System.Collections.Immutable;
using Gazette.Engine;
using Gazette.Output;
using Gazette.Publishing;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Listings;

/// <summary>Tag pages, made only when articles carry <c>tags</c>: <c>/tags/</c> lists every tag with its count, <c>/tags/{tag}/</c> its articles.</summary>
public sealed class TagPages : IPipeline
{
    /// <inheritdoc />
    public string Name => "tags";

    /// <inheritdoc />
    public Task<PipelineOutput> RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var requests = new List<ListingRequest>();
        if (context.Tags.IsEmpty)
        {
            return Task.FromResult(new PipelineOutput([], []));
        }

        var settings = context.Settings;
        var home = new LinkView("首页", settings.Link(string.Empty));
        var tags = new LinkView("标签", settings.Link(SiteLayout.Tags));
        requests.Add(new ListingRequest(SiteLayout.Tags, "标签", "按标签浏览", null, null, null, [home, tags], [], context.TagLinks, context.SiteView.AtomLink));

        foreach (var (tag, articles) in context.Tags)
        {
            var title = $"标签:{tag}";
            requests.Add(new ListingRequest(SiteLayout.Tag(tag), title, title, null, null, null, [home, tags, new LinkView(tag, settings.Link(SiteLayout.Tag(tag)))], articles, [], context.SiteView.AtomLink));
        }

        return Task.FromResult(ListingRenderer.RenderAll(context, requests, cancellationToken));
    }
}
