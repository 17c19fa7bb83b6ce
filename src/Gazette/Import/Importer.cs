using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Gazette.Content;
using Gazette.FileSystem;
using Gazette.Import.Parsing;
using Gazette.Incremental;
using Gazette.Site;
using Gazette.Text;

namespace Gazette.Import;

/// <summary>
/// Import: each <c>seeds/*.txt</c> becomes one Markdown file under <c>input/</c>, and the site facts found on
/// the pages complete <c>_site.yml</c>. Running it again changes nothing; a file a person edited or deleted is left as it is.
/// </summary>
public static class Importer
{
    /// <summary>
    /// Imports every seed that is new or changed since the last import; a seed the import cache vouches for is not read.
    /// With <paramref name="recheckMarkdown"/> the Markdown files of unchanged seeds are looked at too, so that the
    /// report counts those a person edited or deleted since; a build passes false, since import writes nothing for an
    /// unchanged seed either way. Throws <see cref="Diagnostics.GazetteException"/> only when <c>_site.yml</c> or the
    /// manifest is broken.
    /// </summary>
    public static async Task<ImportReport> ImportAsync(SitePaths paths, TimeProvider clock, bool recheckMarkdown, CancellationToken cancellationToken)
    {
        var seenAt = clock.GetUtcNow().UtcTicks;
        if (!recheckMarkdown && ImportSeal.Vouches(paths, cancellationToken) is { } sealedSeeds)
        {
            return ImportReport.NothingToImport(sealedSeeds);
        }

        // Listing the seeds and reading the cache are both a few tens of milliseconds at ten thousand seeds: side by side.
        var loading = Task.Run(() => LoadCache(paths), cancellationToken);
        var seedErrors = new List<Diagnostics.GazetteError>();
        var seeds = SiteFiles.List(paths.Seeds, paths.Root, recurse: true, path => path.EndsWith(ImportSeal.SeedExtension, StringComparison.Ordinal), seedErrors);
        var cache = await loading;
        if (seedErrors.Count > 0)
        {
            throw new Diagnostics.GazetteException(seedErrors);
        }

        if (seeds.Count == 0 && File.Exists(paths.SiteFile))
        {
            // Nothing to import and nothing to learn: the build reads and checks the settings itself.
            return new ImportReport([], [], [], false);
        }

        seeds.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        var remembered = new List<(SiteFiles.Found File, ImportCacheEntry Entry)>(seeds.Count);
        var toRead = new List<SiteFiles.Found>();
        var refreshed = false;
        foreach (var seed in seeds)
        {
            if (cache.Entries.GetValueOrDefault(paths.Relative(seed.FullPath)) is { } entry && entry.StillHolds(paths, seed, seenAt, recheckMarkdown) is { } current)
            {
                remembered.Add((seed, current));
                refreshed |= !ReferenceEquals(current, entry);
            }
            else
            {
                toRead.Add(seed);
            }
        }

        if (toRead.Count > 0 || !File.Exists(paths.SiteFile))
        {
            ImportSeal.Break(paths);
            return await ImportChangedAsync(paths, clock, seenAt, seeds, remembered, toRead, cancellationToken);
        }

        var siteFile = Refreshed(cache.SiteFile, paths.SiteFile, seenAt);
        var manifest = Refreshed(cache.Manifest, paths.ImportManifest, seenAt);
        if (refreshed || remembered.Count != cache.Entries.Count || siteFile != cache.SiteFile || manifest != cache.Manifest)
        {
            await ImportCache.SaveAsync(paths, siteFile, manifest, [.. remembered.Select(r => r.Entry)], cancellationToken);
        }

        await ImportSeal.LeaveAsync(paths, seeds, anyFailed: false, siteFile, manifest, seenAt, cancellationToken);

        return new ImportReport([.. remembered.Select(r => AsRemembered(r.Entry.Outcome))], [], [], false);
    }

    /// <summary>
    /// A file whose time was too recent to trust, looked at again so that the next import can trust it; kept as it
    /// was should its content have changed since it was checked.
    /// </summary>
    private static RememberedFile? Refreshed(RememberedFile? remembered, string path, long seenAt) =>
        remembered is { TimeTrusted: false } known && RememberedFile.Look(path, seenAt) is { } now && now.Hash == known.Hash ? now : remembered;

    /// <summary>The import cache, when <c>_site.yml</c> and the manifest are still as the last import left them; else none.</summary>
    private static ImportCache LoadCache(SitePaths paths)
    {
        var cache = ImportCache.Load(paths);
        return RememberedFile.StillHolds(cache.SiteFile, paths.SiteFile) && RememberedFile.StillHolds(cache.Manifest, paths.ImportManifest) ? cache : ImportCache.None;
    }

    /// <summary>Imports the seeds the cache could not vouch for, completing <c>_site.yml</c> with what every page says.</summary>
    private static async Task<ImportReport> ImportChangedAsync(
        SitePaths paths, TimeProvider clock, long seenAt, List<SiteFiles.Found> listed, List<(SiteFiles.Found File, ImportCacheEntry Entry)> remembered, List<SiteFiles.Found> toRead, CancellationToken cancellationToken)
    {
        var outcomes = new List<ImportOutcome>();
        var readings = new List<SeedReading>();
        foreach (var seed in toRead)
        {
            await ReadAsync(paths, seed, seenAt, readings, outcomes, cancellationToken);
        }

        var facts = remembered.Select(r => (r.Entry.Outcome.Seed, r.Entry.Facts)).Concat(readings.Select(r => (r.Seed, Facts: SeedFacts.Of(r.Page))))
            .OrderBy(f => f.Seed, StringComparer.Ordinal).Select(f => f.Facts).ToList();
        var site = await CompleteSiteFileAsync(paths, facts, cancellationToken);
        if (site.Changed)
        {
            // A new section can change where any page goes: what the cache remembered was placed under the old settings.
            foreach (var (seed, _) in remembered)
            {
                await ReadAsync(paths, seed, seenAt, readings, outcomes, cancellationToken);
            }

            remembered.Clear();
        }

        readings.Sort((a, b) => string.CompareOrdinal(a.Seed, b.Seed));
        var settings = SiteSettingsLoader.Parse(site.Text, paths.Relative(paths.SiteFile));
        var manifest = File.Exists(paths.ImportManifest)
            ? ImportManifest.Parse(await File.ReadAllTextAsync(paths.ImportManifest, cancellationToken), paths.Relative(paths.ImportManifest))
            : ImportManifest.Empty;
        var originalManifest = manifest;
        var claimed = remembered.Where(r => r.Entry.Outcome.Markdown is not null).ToDictionary(r => r.Entry.Outcome.Markdown!, r => r.Entry.Outcome.Seed, StringComparer.Ordinal);
        var entries = remembered.Select(r => r.Entry).ToList();
        outcomes.AddRange(entries.Select(e => AsRemembered(e.Outcome)));
        foreach (var reading in readings)
        {
            var (page, placement) = SectionPlacer.Place(reading.Page, reading.Folders, settings);
            var markdown = SeedMarkdownWriter.Write(page, reading.Seed);
            var review = page.ReviewReasons is { IsEmpty: false } reasons ? string.Join("; ", reasons) : null;
            var target = manifest.Entries.TryGetValue(reading.Seed, out var known) ? known.Markdown : TargetFor(reading.Seed, page, settings);
            if (claimed.TryGetValue(target, out var other))
            {
                outcomes.Add(new ImportOutcome(reading.Seed, null, ImportStatus.Failed, $"it would be written to {target}, which {other} already uses; rename one of the seeds"));
                continue;
            }

            claimed[target] = reading.Seed;
            var (status, detail, onDisk) = await ApplyAsync(paths, reading.Seed, target, markdown, known, cancellationToken);
            if (status is ImportStatus.Imported or ImportStatus.Updated or ImportStatus.Unchanged)
            {
                manifest = manifest.With(reading.Seed, new ImportRecord(target, Hash(onDisk!)));
            }

            var outcome = new ImportOutcome(reading.Seed, target, status, detail ?? reading.Notes, review, placement);
            outcomes.Add(outcome);
            entries.Add(new ImportCacheEntry(outcome, reading.Remembered, Remember(Path.Combine(paths.Root, target), onDisk, clock), SeedFacts.Of(reading.Page)));
        }

        if (!ReferenceEquals(manifest, originalManifest) && manifest.Format() != originalManifest.Format())
        {
            await AtomicFile.WriteAsync(paths.ImportManifest, PageEncoding.Encode(manifest.Format()), cancellationToken);
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Outcome.Seed, b.Outcome.Seed));
        var now = clock.GetUtcNow().UtcTicks;
        var (siteFile, manifestFile) = (RememberedFile.Look(paths.SiteFile, now), RememberedFile.Look(paths.ImportManifest, now));
        await ImportCache.SaveAsync(paths, siteFile, manifestFile, entries, cancellationToken);
        outcomes.Sort((a, b) => string.CompareOrdinal(a.Seed, b.Seed));
        await ImportSeal.LeaveAsync(paths, listed, outcomes.Any(o => o.Status == ImportStatus.Failed), siteFile, manifestFile, seenAt, cancellationToken);
        return new ImportReport([.. outcomes], site.SectionsAdded, site.FooterKeysAdded, site.Created) { SeedsRead = readings.Count + outcomes.Count(o => o.Markdown is null && o.Status == ImportStatus.Failed) };
    }

    /// <summary>Decodes and parses one seed; one that cannot be decoded becomes a failed outcome.</summary>
    private static async Task ReadAsync(SitePaths paths, SiteFiles.Found seed, long seenAt, List<SeedReading> readings, List<ImportOutcome> outcomes, CancellationToken cancellationToken)
    {
        var relative = paths.Relative(seed.FullPath);
        var bytes = await File.ReadAllBytesAsync(seed.FullPath, cancellationToken);
        var decoded = SeedDecoder.Decode(bytes, out var problem);
        if (decoded is null)
        {
            outcomes.Add(new ImportOutcome(relative, null, ImportStatus.Failed, problem));
            return;
        }

        var notes = decoded.Encoding == "UTF-8" ? decoded.Notes : decoded.Notes.Insert(0, $"read as {decoded.Encoding}");
        readings.Add(new SeedReading(
            relative, seed, RememberedFile.Of(seed.Size, seed.WriteTimeTicks, bytes, seenAt), SectionPlacer.FoldersOf(paths, seed.FullPath),
            SeedParser.Parse(decoded.Text), notes.IsEmpty ? null : string.Join("; ", notes)));
    }

    /// <summary>The Markdown file as import leaves it, seen now; null when there is none.</summary>
    private static RememberedFile? Remember(string path, byte[]? onDisk, TimeProvider clock)
    {
        var file = new FileInfo(path);
        return onDisk is null || !file.Exists ? null : RememberedFile.Of(file.Length, file.LastWriteTimeUtc.Ticks, onDisk, clock.GetUtcNow().UtcTicks);
    }

    /// <summary>A remembered outcome as this import reports it: import's own file is unchanged, a person's choice still stands.</summary>
    private static ImportOutcome AsRemembered(ImportOutcome outcome) =>
        outcome.Status is ImportStatus.Imported or ImportStatus.Updated ? outcome with { Status = ImportStatus.Unchanged } : outcome;

    private static async Task<(ImportStatus Status, string? Detail, byte[]? OnDisk)> ApplyAsync(
        SitePaths paths, string seed, string target, string markdown, ImportRecord? known, CancellationToken cancellationToken)
    {
        var full = Path.Combine(paths.Root, target);
        var bytes = PageEncoding.Encode(markdown);
        if (!File.Exists(full))
        {
            if (known is not null)
            {
                return (ImportStatus.SkippedDeleted, $"{target} was deleted by hand; delete its entry in {SitePaths.ImportManifestFileName} to import {seed} again", null);
            }

            await AtomicFile.WriteAsync(full, bytes, cancellationToken);
            return (ImportStatus.Imported, null, bytes);
        }

        var current = await File.ReadAllBytesAsync(full, cancellationToken);
        if (current.AsSpan().SequenceEqual(bytes))
        {
            return (ImportStatus.Unchanged, null, bytes);
        }

        if (known is null || Hash(current) != known.Sha256)
        {
            return (ImportStatus.SkippedEdited, $"{target} was edited by hand; it is kept as it is", current);
        }

        await AtomicFile.WriteAsync(full, bytes, cancellationToken);
        return (ImportStatus.Updated, null, bytes);
    }

    private static string TargetFor(string seed, SeedPage page, SiteSettings settings)
    {
        var id = ArticleIds.FromSeed(seed) ?? Hash(Encoding.UTF8.GetBytes(seed))[..16];
        var section = settings.Sections.Find(page.Section)?.SlugPath ?? "unsorted";
        var month = page.Date?.ToMonthFolder() ?? "undated";
        return $"input/{section}/{month}/{id}.md";
    }

    private static async Task<SiteFileChanges> CompleteSiteFileAsync(SitePaths paths, List<SeedFacts> pages, CancellationToken cancellationToken)
    {
        var relative = paths.Relative(paths.SiteFile);
        var exists = File.Exists(paths.SiteFile);
        var original = exists ? await File.ReadAllTextAsync(paths.SiteFile, cancellationToken) : null;

        // The first page that states a fact wins, so the result does not depend on how many pages repeat it.
        var facts = pages.Select(p => p.Footer).Aggregate(new SiteFooter(), (known, next) => known.Or(next));
        var text = original ?? SiteFileEditor.NewFile(facts.Sponsor ?? facts.Supervisor ?? "网站");

        var (withFooter, footerAdded) = SiteFileEditor.AddMissingFooter(text, facts, relative);
        text = withFooter;
        var sectionsAdded = ImmutableArray.CreateBuilder<string>();
        foreach (var page in pages.Where(p => !p.Section.IsEmpty))
        {
            var (withSection, added) = SiteFileEditor.AddSection(text, page.Section, relative);
            text = withSection;
            sectionsAdded.AddRange(added.Select(a => $"{a.Path} (slug '{a.Slug}')"));
        }

        var changed = !string.Equals(text, original, StringComparison.Ordinal);
        if (changed)
        {
            // Check before writing: a settings file import cannot read back must never replace a working one.
            SiteSettingsLoader.Parse(text, relative);
            await AtomicFile.WriteAsync(paths.SiteFile, PageEncoding.Encode(text), cancellationToken);
        }

        return new SiteFileChanges(text, !exists, changed, sectionsAdded.ToImmutable(), footerAdded);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
