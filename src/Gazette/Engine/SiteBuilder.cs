using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Listings;
using Gazette.Output;
using Gazette.Publishing;
using Gazette.Site;
using Gazette.Theme;
using Gazette.Validation;

namespace Gazette.Engine;

/// <summary>
/// Runs the render pipelines: loads settings, articles and theme, runs the page pipelines concurrently, then the
/// sitemap over their pages, checks every link, and hands the lot to the one writer.
/// Nothing reaches <c>output/</c> unless every step succeeded.
/// </summary>
public sealed class SiteBuilder(TimeProvider timeProvider)
{
    private readonly MarkdownRenderer _markdown = new();

    private static readonly IPipeline[] PagePipelines =
    [
        new ArticlePages(), new ListingPages(), new ArchivePages(), new TagPages(),
        new FeedPages(), new SiteMapPage(), new RedirectPages(), new NotFoundPage(),
    ];

    /// <summary>Builds the site. Throws <see cref="GazetteException"/> for problems in the site's files.</summary>
    public async Task<BuildResult> BuildAsync(SitePaths paths, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var settings = await SiteSettingsLoader.LoadAsync(paths, cancellationToken);
        var contentTask = ContentLoader.LoadAsync(paths, settings, cancellationToken);
        var themeTask = ThemeTemplates.LoadAsync(paths, cancellationToken);
        var assetsTask = ThemeAssets.CollectAsync(paths, cancellationToken);
        var context = new BuildContext(settings, await contentTask, await themeTask, _markdown, cancellationToken);

        var outputs = await Task.WhenAll(PagePipelines.Select(p => Task.Run(() => p.RunAsync(context, cancellationToken), cancellationToken)));
        var sitemap = SitemapPipeline.Run(settings, outputs.SelectMany(o => o.Pages));
        var files = outputs.SelectMany(o => o.Files)
            .Concat(sitemap.Files)
            .Concat(await assetsTask)
            .ToList();

        var clashes = files.GroupBy(f => f.SitePath, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (clashes.Count > 0)
        {
            // A section slug such as 'archive' or 'tags', or an alias, can land on another page's address.
            throw new GazetteException(clashes.Select(c => new GazetteError(SitePaths.SiteSettingsFileName, null, $"two pages would be written to /{c}; rename the section slug or alias that leads there")).ToList());
        }

        var broken = new LinkChecker(settings.BasePath).Check(files);
        if (broken.Count > 0)
        {
            // A broken link in an article is fixed in its Markdown, so name that file rather than the page.
            var sources = context.Content.Articles.ToDictionary(a => a.SitePath, a => a.SourceFile, StringComparer.Ordinal);
            throw new GazetteException(broken.Select(b => new GazetteError(
                sources.GetValueOrDefault(b.Page) ?? "theme (page " + b.Page + ")",
                null,
                $"broken link '{b.Link}' on /{b.Page}: nothing is published there")).ToList());
        }

        var changed = await new StagedOutputWriter(paths).WriteAsync(files, cancellationToken);
        return new BuildResult(
            context.Content.Articles.Length,
            files.Count(f => f.SitePath.EndsWith(".html", StringComparison.Ordinal)),
            files.Count,
            changed,
            context.Content.Excluded,
            context.EmptySections,
            timeProvider.GetElapsedTime(started));
    }
}
