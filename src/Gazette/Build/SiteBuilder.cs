using System.Collections.Immutable;
using System.Globalization;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Output;
using Gazette.Pages;
using Gazette.Publishing;
using Gazette.Related;
using Gazette.Site;
using Gazette.Theme;

namespace Gazette.Build;

/// <summary>
/// Builds a site in named phases: scan the inputs (and stop when nothing changed), load settings, articles and theme,
/// index them, plan what to render, render it, check every address and link, write the lot with the one writer (and the
/// web server's configuration to <c>deploy/</c>), and remember what the next build may reuse. Nothing reaches <c>output/</c> unless every phase before writing succeeded.
/// A builder runs one build at a time; kept for the next build, it also keeps the last good build's articles in memory.
/// </summary>
public sealed class SiteBuilder(TimeProvider timeProvider)
{
    private readonly MarkdownRenderer _markdown = new();

    // The settings and articles of this builder's last good build, as its cache on disk holds them: a builder that
    // lives on (the preview's) then skips reading them. Entries are found by file and content hash, so they stay true;
    // the settings go with them, since an article's section is one of the settings' own instances.
    private (string Cache, ArticleCache Articles, SiteSettings Settings)? _lastGood;

    // With OwnsOutput: what the output folder and the release before it hold, as this builder's last write left them.
    private (string Output, DeployedFiles Live, DeployedFiles? Spare)? _ownOutput;

    /// <summary>
    /// Whether to build into an output folder that holds files Gazette has no record of writing, keeping those files
    /// beside the site; without it such a folder is refused.
    /// </summary>
    public bool AdoptOutput { get; init; }

    /// <summary>
    /// Whether the output folder is this builder's alone, as the preview's is: between its builds nothing else changes
    /// it, so a build after the first takes what it holds from the last write instead of reading the folder (and the
    /// release beside it) again. A published output folder is always read, since a person may change it by hand.
    /// </summary>
    public bool OwnsOutput { get; init; }

    /// <summary>Which drafts and future-dated articles the build shows; by default, neither.</summary>
    public ReleaseRules Release { get; init; } = ReleaseRules.Publish;

    /// <summary>Builds the site. Throws <see cref="GazetteException"/> for problems in the site's files.</summary>
    public async Task<BuildResult> BuildAsync(SitePaths paths, CancellationToken cancellationToken, IProgress<BuildProgress>? progress = null)
    {
        var timer = new BuildTimer(timeProvider);

        // Scan: the output folder is checked before anything is read, so that a refusal is instant.
        var writer = new StagedOutputWriter(paths);
        writer.Recover();
        CacheFolder.Of(paths).RemoveLeftovers();
        var own = OwnsOutput && _ownOutput is { } known && known.Output == writer.Output ? known : ((string, DeployedFiles Live, DeployedFiles? Spare)?)null;
        var deployedScan = own is { } remembered ? Task.FromResult(remembered.Live) : Task.Run(() => DeployedFiles.Scan(writer.Output), cancellationToken);
        // Without the last build's stamp there is nothing to compare before loading, so the articles are hashed as they
        // are loaded, not read once more here; the fingerprint is made once their hashes are in.
        var lastStamp = BuildStamp.Load(paths);

        // Nor can such a build stop at the scan, so it reads the settings and the theme meanwhile, on the core the scan
        // leaves idle (one that fails before taking the templates leaves them to the collector).
        var readAhead = lastStamp is null && _lastGood is null;
        var settingsTask = readAhead ? Task.Run(() => SiteSettingsLoader.LoadAsync(paths, cancellationToken), cancellationToken) : null;
        var themeTask = readAhead ? Task.Run(() => ThemeTemplates.LoadAsync(paths, cancellationToken), cancellationToken) : null;
        var assetsTask = readAhead ? Task.Run(() => ThemeAssets.Load(paths, cancellationToken), cancellationToken) : null;
        var inputs = await InputSnapshot.ScanAsync(paths, timeProvider, cancellationToken, leaveMarkdownToLoader: lastStamp is null);
        var (fingerprint, global) = BuildStamp.Compute(paths, inputs, Release);
        var deployed = await deployedScan;
        var manifest = await writer.LoadManifestAsync(deployed, cancellationToken);
        writer.CheckOwnership(manifest, deployed, AdoptOutput);
        var now = timeProvider.GetUtcNow();
        if (lastStamp is { } stamp && stamp.Fingerprint == fingerprint && stamp.IsCurrentAt(now) && manifest is not null && manifest.IsDeployedIn(deployed) && DeployFolder.IsComplete(paths))
        {
            timer.Lap("scan");
            return new BuildResult(stamp.Articles, stamp.Pages, stamp.Files, stamp.Pages, 0, 0, stamp.Excluded, [], timer.Elapsed, timer.Laps, UpToDate: true)
            {
                Warnings = stamp.Warnings,
                NextChange = stamp.NextChange,
            };
        }

        // The stamp and fingerprints go before anything can fail, so that a failed build is never mistaken for a good one.
        var reuse = PageReuse.Open(paths, global, manifest, deployed);
        BuildStamp.Delete(paths);
        PageFingerprints.Delete(paths);
        timer.Lap("scan");

        // Load: settings, articles (from the last build's reading where a file is unchanged) and templates.
        progress?.Report(new BuildProgress("loading", 0));
        var articleKey = ArticleCache.KeyFor(inputs.Files.FirstOrDefault(f => f.FullPath == paths.SiteFile)?.Hash ?? 0, Release.Drafts);
        var kept = _lastGood is { } good && good.Cache == paths.Cache && good.Articles.Key == articleKey ? good : ((string, ArticleCache Articles, SiteSettings Settings)?)null;
        _lastGood = null;
        var settings = kept?.Settings ?? await (settingsTask ?? SiteSettingsLoader.LoadAsync(paths, cancellationToken));
        themeTask ??= ThemeTemplates.LoadAsync(paths, cancellationToken);
        assetsTask ??= Task.Run(() => ThemeAssets.Load(paths, cancellationToken), cancellationToken);
        var lastArticles = kept?.Articles ?? ArticleCache.Load(paths, articleKey, settings, ArticleReader.BodyOf);
        var (content, articleEntries, hashed) = await ContentLoader.LoadAsync(paths, settings, inputs, lastArticles, Release, now, cancellationToken, _markdown);
        if (inputs.HashesPending)
        {
            inputs = await inputs.CompleteAsync(paths, hashed, cancellationToken);
            fingerprint = BuildStamp.Compute(paths, inputs, Release).Fingerprint;
        }

        using var theme = await themeTask;
        var assets = await assetsTask;
        theme.RequireLayouts(paths, NeededLayouts(settings, content));
        var contentFiles = ContentFiles.Of(inputs);
        var local = LocalFiles.Of(contentFiles, content.Articles, content.Pages);
        var otherInputs = BuildStamp.HashOtherInputs(paths, inputs, articleEntries.Select(e => e.SourceFile));
        timer.Lap("load");

        // Index: the articles by section, tag, month and feed, and each one's related articles.
        progress?.Report(new BuildProgress("indexing", 0));
        var related = await RelatedArticleIndex.LoadOrBuildAsync(paths, content.Articles, SiteIndex.RelatedCount, cancellationToken);
        var index = new SiteIndex(settings, content, related, cancellationToken);
        var context = PageContext.Create(paths, settings, content, index, theme, assets, _markdown, reuse, progress, local);
        content = content with
        {
            Warnings = [.. content.Warnings.Concat(contentFiles.UnplacedWarnings()).Concat(context.Views.MenuWarnings)
                .OrderBy(w => w.File, StringComparer.Ordinal).ThenBy(w => w.Line)],
        };
        timer.Lap("index");

        // Plan: a correction inside some bodies renders only those pages and the feeds; anything else, every page. When an
        // article's time came since the last build, the same files make a different site, so everything is looked at.
        var plan = lastStamp?.IsCurrentAt(now) == true && lastStamp.OtherInputs == otherInputs
            ? BodyEditDetector.Plan(context, lastArticles, articleEntries, manifest, deployed)
            : RenderPlan.Everything;
        timer.Lap("plan");

        // Render, each file into the new release (beside the output) as it is made; nothing is live until the end of Write.
        _ownOutput = null;
        var links = new LinkChecker(settings.BasePath);
        var release = writer.Begin(manifest, deployed, own?.Spare, links, settings.Precompress);
        WriteResult written;
        DeployFolder deploy;
        List<OutputFile> files;
        try
        {
            files = await plan.RenderAsync(context, manifest, release, timer, cancellationToken)
                ?? await RenderPlan.Everything.RenderAsync(context, manifest, release, timer, cancellationToken)
                ?? throw new InvalidOperationException("rendering everything always applies");
            if (RenderPlan.MayLinkToVanishedFiles(files, manifest, reuse))
            {
                // The release so far is given up, and the spare it was made in is read again when the next one starts.
                release.Abandon();
                release = writer.Begin(manifest, deployed, null, links, settings.Precompress);
                context = context.WithoutReuse();
                files = (await RenderPlan.Everything.RenderAsync(context, manifest, release, timer, cancellationToken))!;
            }

            timer.Lap("render");

            // Check: every address once, every link to a file of the site. Pages kept as they were passed the link check
            // when they were written, and no file they could link to has gone.
            progress?.Report(new BuildProgress("checking links", context.Renderer.PagesRendered));
            var addresses = SitePathPlan.For(files.Select(f => f.SitePath));
            AddressClashes.Check(paths, files, addresses);
            if (release.BrokenLinks(addresses.Files) is { Count: > 0 } broken)
            {
                throw BrokenLinkReport.For(paths, settings, content, _markdown, local, broken);
            }

            deploy = DeployFolder.For(settings, context.OldAddresses);
            timer.Lap("check");

            // Write: what is left of it, since the files are in place already.
            progress?.Report(new BuildProgress("writing", context.Renderer.PagesRendered));
            written = await release.FinishAsync(addresses, CancellationToken.None);
        }
        catch
        {
            release.Abandon();
            throw;
        }

        if (OwnsOutput && release.Released is { } released)
        {
            // The folder that was live is the spare now, when it could be kept.
            _ownOutput = (writer.Output, released, release.KeptSpare ? deployed : null);
        }

        await deploy.WriteAsync(paths, CancellationToken.None);
        var pageCount = files.Count(f => f.SitePath.EndsWith(".html", StringComparison.Ordinal));
        timer.Lap("write");

        // Remember: the new site is live, so what follows only saves work for the next build and cannot fail this one.
        try
        {
            _lastGood = (paths.Cache, await lastArticles.SaveChangesAsync(paths, articleEntries, CancellationToken.None), settings);
            await PageFingerprints.SaveAsync(paths, global, files.Where(f => f.Fingerprint is not null).Select(f => (f.SitePath, f.Fingerprint!.Value)), CancellationToken.None);
            await new BuildStamp(fingerprint, content.Articles.Length, pageCount, files.Count, content.Excluded, content.Warnings) { NextChange = content.NextChange, OtherInputs = otherInputs }
                .SaveAsync(paths, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without its caches (or its stamp, deleted before the build) the next build reads and renders everything.
        }

        timer.Lap("remember");
        return new BuildResult(
            content.Articles.Length,
            pageCount,
            files.Count,
            files.Count(f => f.Reused && f.SitePath.EndsWith(".html", StringComparison.Ordinal)),
            written.Written,
            written.Removed,
            content.Excluded,
            index.EmptySections,
            timer.Elapsed,
            timer.Laps)
        {
            Warnings = content.Warnings,
            NextChange = content.NextChange,
            Notes = OutsideBasePathNote(settings, context.OldAddresses),
        };
    }

    /// <summary>Says how many old addresses lie outside <c>base_path</c>, where no page can be written and only the server's map answers.</summary>
    private static ImmutableArray<string> OutsideBasePathNote(SiteSettings settings, OldAddressTable oldAddresses)
    {
        var outside = oldAddresses.Outside.Keys.Order(StringComparer.Ordinal).ToList();
        return outside.Count == 0
            ? []
            : [string.Create(CultureInfo.InvariantCulture, $"{outside.Count} old addresses lie outside base_path {settings.BasePath} (such as {outside[0]}): no page can be written there, so only the web server sends them on: include deploy/nginx-http.conf and deploy/nginx.conf in nginx (README, \"Deploying\")")];
    }

    /// <summary>
    /// Forgets everything kept between builds in <c>.gazette/</c>, so that the next build reads and renders everything.
    /// The record of which output files Gazette wrote stays (it decides what a build may remove), as does the lock.
    /// </summary>
    public static void ForgetCaches(SitePaths paths) => CacheFolder.Of(paths).Forget();

    /// <summary>The layouts the site's pages are rendered with: redirect pages only when there are old addresses.</summary>
    private static IEnumerable<string> NeededLayouts(SiteSettings settings, ContentSet content)
    {
        string[] always = [ThemeTemplates.BaseLayout, "list", "sitemap", "404"];
        var articles = content.Articles.IsEmpty ? [] : new[] { "article" };
        var pages = content.Pages.IsEmpty ? [] : new[] { SinglePages.Layout };
        var redirects = settings.OldAddresses is not null || content.Articles.Any(a => !a.Aliases.IsEmpty) ? new[] { "redirect" } : [];
        var search = settings.Search ? new[] { SearchPage.Layout } : [];
        return [.. always, .. articles, .. pages, .. redirects, .. search];
    }
}
