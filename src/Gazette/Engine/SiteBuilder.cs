using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Listings;
using Gazette.Output;
using Gazette.Publishing;
using Gazette.Related;
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

    /// <summary>
    /// Whether to build into an output folder that holds files Gazette has no record of writing, keeping those files
    /// beside the site; without it such a folder is refused.
    /// </summary>
    public bool AdoptOutput { get; init; }

    private static readonly IPipeline[] PagePipelines =
    [
        new ArticlePages(), new ListingPages(), new ArchivePages(), new TagPages(),
        new FeedPages(), new SiteMapPage(), new RedirectPages(), new NotFoundPage(),
    ];

    /// <summary>Builds the site. Throws <see cref="GazetteException"/> for problems in the site's files.</summary>
    public async Task<BuildResult> BuildAsync(SitePaths paths, CancellationToken cancellationToken, IProgress<BuildProgress>? progress = null)
    {
        var started = timeProvider.GetTimestamp();
        var timings = new List<(string Stage, TimeSpan Elapsed)>();
        var lap = started;
        void Lap(string stage)
        {
            var now = timeProvider.GetTimestamp();
            timings.Add((stage, timeProvider.GetElapsedTime(lap, now)));
            lap = now;
        }

        // The output folder is checked before anything is read, so that a refusal is instant.
        var writer = new StagedOutputWriter(paths);
        writer.Recover();
        FileSystem.CacheFileWriter.RemoveLeftovers(Path.Combine(paths.Root, ".gazette"));
        var deployedScan = Task.Run(() => DeployedFiles.Scan(writer.Output), cancellationToken);
        var inputs = await InputSnapshot.ScanAsync(paths, timeProvider, cancellationToken);
        var (fingerprint, global) = BuildStamp.Compute(paths, inputs);
        var deployed = await deployedScan;
        var manifest = await writer.LoadManifestAsync(deployed, cancellationToken);
        writer.CheckOwnership(manifest, deployed, AdoptOutput);
        if (BuildStamp.Load(paths) is { } stamp && stamp.Fingerprint == fingerprint && manifest is not null && deployed.Describes(manifest))
        {
            Lap("check");
            return new BuildResult(stamp.Articles, stamp.Pages, stamp.Files, stamp.Pages, 0, 0, stamp.Excluded, [], timeProvider.GetElapsedTime(started), [.. timings], UpToDate: true)
            {
                Warnings = stamp.Warnings,
            };
        }

        // The stamp and page cache go before anything can fail, so that a failed build is never mistaken for a good one.
        var cache = PageCache.Open(paths, global, manifest, deployed, enabled: true);
        BuildStamp.Delete(paths);
        PageCache.Delete(paths);
        Lap("check");
        progress?.Report(new BuildProgress("loading", 0));
        var settings = await SiteSettingsLoader.LoadAsync(paths, cancellationToken);
        var themeTask = ThemeTemplates.LoadAsync(paths, cancellationToken);
        var assetsTask = ThemeAssets.CollectAsync(paths, cancellationToken);
        var articleKey = ArticleCache.KeyFor(inputs.Files.FirstOrDefault(f => f.FullPath == paths.SiteFile)?.Hash ?? 0);
        var articleCache = ArticleCache.Load(paths, articleKey, settings);
        var (content, cacheEntries) = await ContentLoader.LoadAsync(paths, settings, inputs, articleCache, cancellationToken, _markdown);
        Lap("load");
        progress?.Report(new BuildProgress("indexing", 0));
        using var theme = await themeTask;
        theme.RequireLayouts(paths, NeededLayouts(settings, content));
        var related = await RelatedArticleCache.LoadOrBuildAsync(paths, content.Articles, BuildContext.RelatedCount, cancellationToken);
        var context = new BuildContext(settings, content, theme, _markdown, related, cancellationToken) { Progress = progress, Cache = cache };
        Lap("index");

        var assets = await assetsTask;
        var files = await BodyEditShortcut.TryAssembleAsync(context, articleCache, cacheEntries, manifest, deployed, cancellationToken)
            ?? await AssembleAsync(context, assets, timings, cancellationToken);
        if (cache.Reused > 0 && manifest is not null && manifest.Entries.Keys.Except(files.Select(f => f.SitePath), StringComparer.Ordinal).Any())
        {
            // A file that went away may be linked from a page kept as it was; only rendering everything can tell.
            cache = PageCache.Open(paths, global, manifest, deployed, enabled: false);
            context = new BuildContext(settings, content, theme, _markdown, related, cancellationToken) { Progress = progress, Cache = cache };
            files = await AssembleAsync(context, assets, timings, cancellationToken);
        }

        Lap("render");
        var clashes = files.GroupBy(f => f.SitePath, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var plan = SitePathPlan.For(files.Select(f => f.SitePath));
        var folderClashes = plan.Clashes.ToList();
        if (clashes.Count > 0 || folderClashes.Count > 0)
        {
            // A section slug such as 'archive' or 'tags', or an alias, can land on another page's address, or on a
            // folder that holds other pages (an alias /old/notice beside /old/notice/).
            // Named by the article whose old address leads there, where one does, else by the settings that shape the site.
            string? Source(string sitePath) => files.FirstOrDefault(f => f.SitePath == sitePath && f.Source is not null)?.Source;
            var site = paths.Relative(paths.SiteFile);
            throw new GazetteException(
                clashes.Select(c => new GazetteError(Source(c) ?? site, null, $"two pages would be written to /{c}; rename the section slug or alias that leads there"))
                .Concat(folderClashes.Select(c => Source(c) is { } article
                    ? new GazetteError(article, null, $"old address /{c} is a folder of the site, so no page can be written there; end the alias with / or correct it")
                    : new GazetteError(site, null, $"/{c} is a folder of the site and would be a page too; rename the section slug that leads there")))
                .ToList());
        }

        progress?.Report(new BuildProgress("checking links", context.PagesRendered));

        // Pages kept as they were passed this check when they were written, and no file they could link to has gone.
        var broken = new LinkChecker(settings.BasePath).Check(files);
        Lap("link check");
        if (broken.Count > 0)
        {
            // A broken link in an article is fixed in its Markdown, so name that file rather than the page.
            var sources = context.Content.Articles.ToDictionary(a => a.SitePath, a => a.SourceFile, StringComparer.Ordinal);
            throw new GazetteException(broken.Select(b => new GazetteError(
                sources.GetValueOrDefault(b.Page) ?? "theme (page " + b.Page + ")",
                null,
                $"broken link '{b.Link}' on /{b.Page}: nothing is published there")).ToList());
        }

        progress?.Report(new BuildProgress("writing", context.PagesRendered));
        var written = await writer.WriteAsync(files, plan, manifest, deployed, CancellationToken.None);
        var pageCount = files.Count(f => f.SitePath.EndsWith(".html", StringComparison.Ordinal));
        try
        {
            // The new site is live: what follows only saves work for the next build, so it cannot fail this one.
            await articleCache.SaveChangesAsync(paths, cacheEntries, CancellationToken.None);
            await cache.SaveAsync(paths, files, CancellationToken.None);
            await new BuildStamp(fingerprint, context.Content.Articles.Length, pageCount, files.Count, context.Content.Excluded, context.Content.Warnings).SaveAsync(paths, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without its caches (or its stamp, deleted before the build) the next build reads and renders everything.
        }
        Lap("write");
        return new BuildResult(
            context.Content.Articles.Length,
            pageCount,
            files.Count,
            files.Count(f => f.Reused && f.SitePath.EndsWith(".html", StringComparison.Ordinal)),
            written.Written,
            written.Removed,
            context.Content.Excluded,
            context.EmptySections,
            timeProvider.GetElapsedTime(started),
            [.. timings])
        {
            Warnings = context.Content.Warnings,
        };
    }

    /// <summary>The layouts the site's pages are rendered with: redirect pages only when there are old addresses.</summary>
    private static IEnumerable<string> NeededLayouts(SiteSettings settings, ContentSet content)
    {
        string[] always = [ThemeTemplates.BaseLayout, "list", "sitemap", "404"];
        var articles = content.Articles.IsEmpty ? [] : new[] { "article" };
        var redirects = settings.OldAddresses is not null || content.Articles.Any(a => !a.Aliases.IsEmpty) ? new[] { "redirect" } : [];
        return [.. always, .. articles, .. redirects];
    }

    /// <summary>
    /// Forgets everything kept between builds in <c>.gazette/</c>, so that the next build reads and renders everything.
    /// The record of which output files Gazette wrote stays (it decides what a build may remove), as does the lock.
    /// </summary>
    public static void ForgetCaches(SitePaths paths)
    {
        var folder = Path.Combine(paths.Root, ".gazette");
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            switch (entry)
            {
                case DirectoryInfo { Name: "outputs" }:
                case FileInfo { Name: "build.lock" or "build.pid" }:
                    continue;
                case DirectoryInfo directory:
                    directory.Delete(recursive: true);
                    break;
                default:
                    entry.Delete();
                    break;
            }
        }
    }

    /// <summary>Every file of the site: the pipelines' pages, the sitemap, the assets and, when asked, compressed companions.</summary>
    private async Task<List<OutputFile>> AssembleAsync(BuildContext context, IReadOnlyList<OutputFile> assets, List<(string Stage, TimeSpan Elapsed)> timings, CancellationToken cancellationToken)
    {
        var outputs = await RunPipelinesAsync(context, timings, cancellationToken);
        var files = outputs.SelectMany(o => o.Files)
            .Concat(SitemapPipeline.Run(context.Settings, outputs.SelectMany(o => o.Pages)).Files)
            .Concat(assets)
            .ToList();
        if (context.Settings.Precompress)
        {
            files.AddRange([.. Precompressor.CompanionsFor(files, cancellationToken)]);
        }

        return files;
    }

    private async Task<PipelineOutput[]> RunPipelinesAsync(BuildContext context, List<(string Stage, TimeSpan Elapsed)> timings, CancellationToken cancellationToken) =>
        await Task.WhenAll(PagePipelines.Select(p => Task.Run(
            async () =>
            {
                var begin = timeProvider.GetTimestamp();
                var output = await p.RunAsync(context, cancellationToken);
                lock (timings)
                {
                    timings.Add(("  " + p.Name, timeProvider.GetElapsedTime(begin)));
                }

                return output;
            },
            cancellationToken)));
}
