using System.Collections.Immutable;
using System.IO.Hashing;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Site;
using Gazette.Text;

namespace Gazette.Content;

/// <summary>Reads every Markdown file under <c>input/</c> into the published articles and the files left out.</summary>
internal static class ContentLoader
{
    /// <summary>
    /// Loads every Markdown file of <paramref name="inputs"/>, taking from <paramref name="cache"/> the files whose
    /// content it holds and reading the rest. Returns the articles and what a cache of this load should hold.
    /// Throws <see cref="GazetteException"/> listing every broken file, so that one run shows the webmaster all
    /// that needs fixing. <paramref name="markdown"/> is the build's Markdown pipeline, which finds links to warn about.
    /// <paramref name="release"/> decides, by <paramref name="now"/>, which articles are shown; the cache holds every
    /// article read, whatever the clock, so that a file is never read again only because its time came. A file whose
    /// hash the scan left pending (<see cref="InputFile.HashPending"/>) is hashed from the bytes read here, and
    /// <c>Hashed</c> gives those hashes back, by relative path, to complete the scan.
    /// </summary>
    public static Task<(ContentSet Content, IReadOnlyList<(string SourceFile, ArticleCacheEntry Entry)> CacheEntries, IReadOnlyDictionary<string, ulong> Hashed)> LoadAsync(
        SitePaths paths,
        SiteSettings settings,
        InputSnapshot inputs,
        ArticleCache? cache,
        ReleaseRules release,
        DateTimeOffset now,
        CancellationToken cancellationToken,
        MarkdownRenderer? markdown = null) =>
        Task.Run(() => Load(paths, settings, inputs, cache, release, now, markdown ?? new MarkdownRenderer(), cancellationToken), cancellationToken);

    private static (ContentSet, IReadOnlyList<(string, ArticleCacheEntry)>, IReadOnlyDictionary<string, ulong>) Load(
        SitePaths paths, SiteSettings settings, InputSnapshot inputs, ArticleCache? cache, ReleaseRules release, DateTimeOffset now, MarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        var files = inputs.MarkdownFiles(paths).ToArray();
        var hashes = new ulong[files.Length];
        var reader = new ArticleReader(settings, markdown, release.Drafts);
        var pageReader = new SinglePageReader(markdown, release.Drafts);
        var results = new (ArticleCacheEntry? Entry, List<GazetteError> Errors)[files.Length];

        // Pages are few and never cached: each build reads them again.
        var pages = new (SinglePage? Page, ExcludedArticle? Excluded, List<GazetteError> Warnings)[files.Length];

        // Small files read fastest synchronously, each read beside its parse.
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var file = files[i];
            if (!file.HashPending && cache?.Find(file.RelativePath, file.Hash) is { } cached)
            {
                results[i] = (cached, []);
                return;
            }

            var fileErrors = new List<GazetteError>();
            var warnings = new List<GazetteError>();
            GazetteError? notText = null;
            ArticleCacheEntry? known = null;
            var text = PooledFileReader.Read(file.FullPath, bytes =>
            {
                if (file.HashPending)
                {
                    file = file with { Hash = XxHash3.HashToUInt64(bytes), HashPending = false };
                    known = cache?.Find(file.RelativePath, file.Hash);
                }

                return known is null ? SourceText.Decode(bytes, file.RelativePath, out notText) : null;
            });
            hashes[i] = file.Hash;
            if (known is not null)
            {
                results[i] = (known, []);
                return;
            }

            if (text is null)
            {
                results[i] = (null, [notText!]);
                return;
            }

            if (SinglePageReader.IsPage(file.RelativePath, text))
            {
                var page = pageReader.Read(file.RelativePath, text, fileErrors, out var left, warnings);
                pages[i] = (page is null ? null : page with { ContentHash = file.Hash }, left, warnings);
                results[i] = (null, fileErrors);
                return;
            }

            // The body is not held: it is read again from the file when the page or the search index needs it.
            var article = reader.Read(file.RelativePath, text, fileErrors, out var skipped, warnings) is { } read
                ? read with { ContentHash = file.Hash, Body = new ArticleBody(read.Body.Head, new BodyFile(file.FullPath, file.RelativePath, file.Hash, ArticleReader.BodyOf)) }
                : null;
            results[i] = (fileErrors.Count == 0 ? new ArticleCacheEntry(file.Hash, article, skipped) { Warnings = [.. warnings] } : null, fileErrors);
        });

        // Gathered in file order, so that errors and articles come out the same on every run.
        var errors = results.SelectMany(r => r.Errors).ToList();
        var articles = results.Where(r => r.Entry?.Article is not null).Select(r => r.Entry!.Article!).ToList();
        var excluded = results.Where(r => r.Entry?.Excluded is not null).Select(r => r.Entry!.Excluded!).ToList();
        var warnings = results.Where(r => r.Entry?.Article is not null).SelectMany(r => r.Entry!.Warnings)
            .Concat(pages.Where(p => p.Page is not null).SelectMany(p => p.Warnings))
            .OrderBy(w => w.File, StringComparer.Ordinal)
            .ThenBy(w => w.Line);

        foreach (var clash in articles.GroupBy(a => a.SitePath, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var names = string.Join(" and ", clash.Select(a => a.SourceFile));
            errors.Add(new GazetteError(clash.First().SourceFile, 1, $"{names} would both be published at /{clash.Key}; give one of them a different 'slug'"));
        }

        if (errors.Count > 0)
        {
            throw new GazetteException(errors);
        }

        var entries = Enumerable.Range(0, files.Length)
            .Where(i => results[i].Entry is not null)
            .Select(i => (files[i].RelativePath, results[i].Entry!))
            .ToList();
        articles.Sort(ArticleOrder.NewestFirst);
        var schedule = ReleaseSchedule.Apply(articles, release, now);
        excluded.AddRange(schedule.Held);
        excluded.AddRange(pages.Where(p => p.Excluded is not null).Select(p => p.Excluded!));
        excluded.Sort((a, b) => string.CompareOrdinal(a.SourceFile, b.SourceFile));
        var content = new ContentSet([.. schedule.Shown], [.. excluded])
        {
            Pages = [.. pages.Where(p => p.Page is not null).Select(p => p.Page!).OrderBy(p => p.Weight).ThenBy(p => p.Slug, StringComparer.Ordinal)],
            Warnings = [.. warnings],
            Release = release,
            Now = now,
            NextChange = schedule.NextChange,
        };
        var hashed = Enumerable.Range(0, files.Length).Where(i => files[i].HashPending).ToDictionary(i => files[i].RelativePath, i => hashes[i], StringComparer.Ordinal);
        return (content, entries, hashed);
    }
}
