using System.Collections.Immutable;
using Gazette.Incremental;
using Gazette.Output;
using Gazette.Pages;
using Gazette.Pages.Listings;
using Gazette.Publishing;
using Gazette.Search;

namespace Gazette.Build;

/// <summary>
/// What a build renders. <see cref="Everything"/>: every producer's pages (each kept from the last build when its
/// fingerprint says nothing it shows changed), the sitemap over them, and compressed companions. <see cref="BodyEdit"/>:
/// only some articles' pages, the feeds and the search index, every other file the last build wrote kept as it is — the commonest
/// rebuild, a correction inside some articles' text, without fingerprinting every page of the site
/// (<see cref="BodyEditDetector"/> decides when it applies).
/// </summary>
internal sealed class RenderPlan
{
    /// <summary>Every kind of page, in the order their files are listed.</summary>
    public static readonly IReadOnlyList<IPageProducer> Producers =
    [
        new ArticlePages(), new ListingPages(), new ArchivePages(), new TagPages(),
        new SinglePages(), new FeedPages(), new SiteMapPage(), new RedirectPages(), new NotFoundPage(), new AssetFiles(), new AttachmentFiles(), new SearchPage(),
    ];

    private readonly IReadOnlyList<int>? _articles;

    private RenderPlan(IReadOnlyList<int>? articles) => _articles = articles;

    /// <summary>Renders every page that cannot be kept.</summary>
    public static RenderPlan Everything { get; } = new(null);

    /// <summary>Renders the pages of the given articles (by position in the content) and the feeds; keeps the rest.</summary>
    public static RenderPlan BodyEdit(IReadOnlyList<int> articles) => new(articles);

    /// <summary>
    /// Every file of the site, each stored in <paramref name="release"/> as soon as it is made (the records that come
    /// back hold no bytes), or null when the plan turns out not to apply (a body edit that would make a file the last
    /// build did not write): then nothing was stored. <paramref name="timings"/> gets each producer's time.
    /// </summary>
    public async Task<List<OutputFile>?> RenderAsync(PageContext context, OutputManifest? manifest, StagedRelease release, BuildTimer timings, CancellationToken cancellationToken)
    {
        List<OutputFile> files;
        if (_articles is null)
        {
            var storing = context.StoringIn(release);
            ProducedPages Produce(IPageProducer producer) => timings.Time("  " + producer.Name, () =>
            {
                var produced = producer.Produce(storing, cancellationToken);
                return produced with { Files = StoreAll(produced.Files, release, cancellationToken) };
            });
            var first = Producers.Where(p => p.RunsFirst).ToDictionary(p => p, Produce);
            var rest = await Task.WhenAll(Producers.Select(p => first.TryGetValue(p, out var done) ? Task.FromResult(done) : Task.Run(() => Produce(p), cancellationToken)));
            var produced = rest.ToList();
            files = [.. produced.SelectMany(p => p.Files), .. SitemapFiles.For(context.Settings, produced.SelectMany(p => p.SitemapEntries)).Select(release.Store)];
        }
        else if (manifest is null || KeepingTheRest(context, manifest, cancellationToken) is not { } kept)
        {
            return null;
        }
        else
        {
            files = [.. StoreAll([.. kept], release, cancellationToken)];
        }

        files.AddRange(release.Companions);
        return files;
    }

    /// <summary>Stores the files not stored yet (a producer's own files; pages kept from the last build), on every core.</summary>
    private static ImmutableArray<OutputFile> StoreAll(ImmutableArray<OutputFile> files, StagedRelease release, CancellationToken cancellationToken)
    {
        if (files.All(f => f.Stored))
        {
            return files;
        }

        var stored = new OutputFile[files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => stored[i] = release.Store(files[i]));
        return [.. stored];
    }

    /// <summary>
    /// Whether pages kept as they were may link to a file the last build wrote and this one does not: only rendering
    /// every page afresh (and so link-checking it) can tell. The search index's files are linked by no page but the
    /// search page, which is always made afresh, so their names may come and go.
    /// </summary>
    public static bool MayLinkToVanishedFiles(IReadOnlyList<OutputFile> files, OutputManifest? manifest, PageReuse reuse) =>
        reuse.Reused > 0 && manifest is not null && manifest.Entries.Keys.Except(files.Select(f => f.SitePath), StringComparer.Ordinal)
            .Any(p => !p.StartsWith(SearchIndex.Folder, StringComparison.Ordinal));

    private List<OutputFile>? KeepingTheRest(PageContext context, OutputManifest manifest, CancellationToken cancellationToken)
    {
        var fresh = ArticlePages.RenderSome(context, _articles!).ToList();
        fresh.AddRange(new FeedPages().Produce(context, cancellationToken).Files);
        if (!fresh.All(f => manifest.Entries.ContainsKey(f.SitePath)))
        {
            return null;
        }

        // The search index changes with the text: its files are named by their content, so new names replace old ones.
        var search = SearchPage.AfterBodyEdit(context, _articles!, cancellationToken).Files;
        fresh.AddRange(search);
        var produced = fresh.Select(f => f.SitePath).ToHashSet(StringComparer.Ordinal);

        // Companions are made again as every kept file is stored, as in a full build.
        var precompress = context.Settings.Precompress;
        var reuse = context.Renderer.Reuse;
        var files = new List<OutputFile>(manifest.Entries.Count);
        foreach (var sitePath in manifest.Entries.Keys.Order(StringComparer.Ordinal))
        {
            if (!produced.Contains(sitePath) && !(precompress && Precompressor.OriginalOf(sitePath) is not null) && !sitePath.StartsWith(SearchIndex.Folder, StringComparison.Ordinal))
            {
                files.Add(OutputFile.Reuse(sitePath, reuse?.PreviousFingerprint(sitePath)));
            }
        }

        files.AddRange(fresh);
        return files;
    }
}
