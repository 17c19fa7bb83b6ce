using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Gazette.Content;
using Gazette.FileSystem;
using Gazette.Import.Parsing;
using Gazette.Site;
using Gazette.Text;

namespace Gazette.Import;

/// <summary>
/// Import: each <c>seeds/*.txt</c> becomes one Markdown file under <c>input/</c>, and the site facts found on
/// the pages complete <c>_site.yml</c>. Running it again changes nothing; a file a person edited or deleted is left as it is.
/// </summary>
public static class Importer
{
    /// <summary>Imports every seed. Throws <see cref="Diagnostics.GazetteException"/> only when <c>_site.yml</c> or the manifest is broken.</summary>
    public static async Task<ImportReport> ImportAsync(SitePaths paths, CancellationToken cancellationToken)
    {
        var seedErrors = new List<Diagnostics.GazetteError>();
        var seeds = SiteFiles.List(paths.Seeds, paths.Root, recurse: true, path => path.EndsWith(".txt", StringComparison.Ordinal), seedErrors)
            .Select(f => f.FullPath).Order(StringComparer.Ordinal).ToArray();
        if (seedErrors.Count > 0)
        {
            throw new Diagnostics.GazetteException(seedErrors);
        }

        if (seeds.Length == 0 && File.Exists(paths.SiteFile))
        {
            // Nothing to import and nothing to learn: the build reads and checks the settings itself.
            return new ImportReport([], [], [], false);
        }

        var outcomes = new List<ImportOutcome>();
        var parsed = new List<(string Seed, IReadOnlyList<string> Folders, SeedPage Page, string? Notes)>();
        foreach (var seed in seeds)
        {
            var relative = paths.Relative(seed);
            var decoded = SeedDecoder.Decode(await File.ReadAllBytesAsync(seed, cancellationToken), out var problem);
            if (decoded is null)
            {
                outcomes.Add(new ImportOutcome(relative, null, ImportStatus.Failed, problem));
                continue;
            }

            var notes = decoded.Encoding == "UTF-8" ? decoded.Notes : decoded.Notes.Insert(0, $"read as {decoded.Encoding}");
            parsed.Add((relative, SectionPlacer.FoldersOf(paths, seed), SeedParser.Parse(decoded.Text), notes.IsEmpty ? null : string.Join("; ", notes)));
        }

        var site = await CompleteSiteFileAsync(paths, parsed.Select(p => p.Page).ToList(), cancellationToken);
        var settings = SiteSettingsLoader.Parse(site.Text, paths.Relative(paths.SiteFile));

        var manifest = File.Exists(paths.ImportManifest)
            ? ImportManifest.Parse(await File.ReadAllTextAsync(paths.ImportManifest, cancellationToken), paths.Relative(paths.ImportManifest))
            : ImportManifest.Empty;
        var originalManifest = manifest;
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (seed, folders, parsedPage, notes) in parsed)
        {
            var (page, placement) = SectionPlacer.Place(parsedPage, folders, settings);
            var markdown = SeedMarkdownWriter.Write(page, seed);
            var review = page.ReviewReasons is { IsEmpty: false } reasons ? string.Join("; ", reasons) : null;
            var target = manifest.Entries.TryGetValue(seed, out var known) ? known.Markdown : TargetFor(seed, page, settings);
            if (claimed.TryGetValue(target, out var other))
            {
                outcomes.Add(new ImportOutcome(seed, null, ImportStatus.Failed, $"it would be written to {target}, which {other} already uses; rename one of the seeds"));
                continue;
            }

            claimed[target] = seed;
            var (status, detail) = await ApplyAsync(paths, seed, target, markdown, known, cancellationToken);
            if (status is ImportStatus.Imported or ImportStatus.Updated or ImportStatus.Unchanged)
            {
                manifest = manifest.With(seed, new ImportRecord(target, Hash(PageEncoding.Encode(markdown))));
            }

            outcomes.Add(new ImportOutcome(seed, target, status, detail ?? notes, review, placement));
        }

        if (!ReferenceEquals(manifest, originalManifest) && manifest.Format() != originalManifest.Format())
        {
            await AtomicFile.WriteAsync(paths.ImportManifest, PageEncoding.Encode(manifest.Format()), cancellationToken);
        }

        outcomes.Sort((a, b) => string.CompareOrdinal(a.Seed, b.Seed));
        return new ImportReport([.. outcomes], site.SectionsAdded, site.FooterKeysAdded, site.Created);
    }

    private static async Task<(ImportStatus Status, string? Detail)> ApplyAsync(
        SitePaths paths, string seed, string target, string markdown, ImportRecord? known, CancellationToken cancellationToken)
    {
        var full = Path.Combine(paths.Root, target);
        var bytes = PageEncoding.Encode(markdown);
        if (!File.Exists(full))
        {
            if (known is not null)
            {
                return (ImportStatus.SkippedDeleted, $"{target} was deleted by hand; delete its entry in {SitePaths.ImportManifestFileName} to import {seed} again");
            }

            await AtomicFile.WriteAsync(full, bytes, cancellationToken);
            return (ImportStatus.Imported, null);
        }

        var current = await File.ReadAllBytesAsync(full, cancellationToken);
        if (current.AsSpan().SequenceEqual(bytes))
        {
            return (ImportStatus.Unchanged, null);
        }

        if (known is null || Hash(current) != known.Sha256)
        {
            return (ImportStatus.SkippedEdited, $"{target} was edited by hand; it is kept as it is");
        }

        await AtomicFile.WriteAsync(full, bytes, cancellationToken);
        return (ImportStatus.Updated, null);
    }

    private static string TargetFor(string seed, SeedPage page, SiteSettings settings)
    {
        var id = ArticleIds.FromSeed(seed) ?? Hash(Encoding.UTF8.GetBytes(seed))[..16];
        var section = settings.Sections.Find(page.Section)?.SlugPath ?? "unsorted";
        var month = page.Date?.ToMonthFolder() ?? "undated";
        return $"input/{section}/{month}/{id}.md";
    }

    private static async Task<SiteFileChanges> CompleteSiteFileAsync(SitePaths paths, List<SeedPage> pages, CancellationToken cancellationToken)
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

        if (!string.Equals(text, original, StringComparison.Ordinal))
        {
            // Check before writing: a settings file import cannot read back must never replace a working one.
            SiteSettingsLoader.Parse(text, relative);
            await AtomicFile.WriteAsync(paths.SiteFile, PageEncoding.Encode(text), cancellationToken);
        }

        return new SiteFileChanges(text, !exists, sectionsAdded.ToImmutable(), footerAdded);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
