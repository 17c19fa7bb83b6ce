using Gazette.Import;
using Gazette.Incremental;
using Gazette.Tests.Support;

namespace Gazette.Tests.Import;

/// <summary>Import remembers each seed by its content and the importer, and reads only what changed; what it writes never depends on that.</summary>
public sealed class ImportCacheTests
{
    private static readonly string[] Fixtures = SeedSites.Fixtures;

    private static readonly TimeProvider Later = SeedSites.Later;

    private static TestSite SiteWithSeeds() => SeedSites.WithFixtures();

    private static Task<ImportReport> ImportAsync(TestSite site, TimeProvider? clock = null) =>
        Importer.ImportAsync(site.Paths, clock ?? Later, recheckMarkdown: true, CancellationToken.None);

    /// <summary>What a first import of the same seeds and settings writes, in a fresh site.</summary>
    private static async Task<SortedDictionary<string, byte[]>> CleanImportOf(TestSite site)
    {
        using var clean = TestSite.Create();
        TestSite.CopyFolder(site.Paths.Seeds, clean.Paths.Seeds);
        clean.Write("input/_site.yml", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "input", "_site.yml")));
        await ImportAsync(clean);
        return clean.Snapshot(clean.Paths.Input);
    }

    [Fact]
    public async Task An_import_over_unchanged_seeds_reads_none_of_them_and_reports_the_same_pages()
    {
        using var site = SiteWithSeeds();
        var first = await ImportAsync(site);
        var written = site.Snapshot(site.Paths.Input);

        var second = await ImportAsync(site);

        Assert.Equal(4, first.SeedsRead);
        Assert.Equal(0, second.SeedsRead);
        Assert.Equal(written, site.Snapshot(site.Paths.Input));
        Assert.All(second.Outcomes, o => Assert.Equal(ImportStatus.Unchanged, o.Status));
        Assert.Equal(first.Outcomes.Select(o => (o.Seed, o.Markdown, o.Review, o.Placement)), second.Outcomes.Select(o => (o.Seed, o.Markdown, o.Review, o.Placement)));
    }

    [Fact]
    public async Task A_changed_seed_alone_is_read_again_and_its_markdown_rewritten()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);
        var seed = $"seeds/{Fixtures[0]}";
        site.Write(seed, site.Read(seed).Replace("春风行动", "春风行动(更正)", StringComparison.Ordinal));

        var report = await ImportAsync(site);

        Assert.Equal(1, report.SeedsRead);
        var changed = Assert.Single(report.Outcomes, o => o.Status != ImportStatus.Unchanged);
        Assert.Equal((seed, ImportStatus.Updated), (changed.Seed, changed.Status));
        Assert.Contains("春风行动(更正)", site.Read(changed.Markdown!), StringComparison.Ordinal);
        Assert.Equal(await CleanImportOf(site), site.Snapshot(site.Paths.Input));
    }

    [Fact]
    public async Task A_seed_rewritten_to_the_same_size_and_time_soon_after_import_is_still_read_again()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site, TimeProvider.System);
        var seed = Path.Combine(site.Root, "seeds", Fixtures[0]);
        var time = File.GetLastWriteTimeUtc(seed);
        var text = File.ReadAllText(seed);
        File.WriteAllText(seed, text.Replace("春风行动", "秋风行动", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(seed, time);

        // The seed's time was too close to the last import to vouch for it, so its content is compared.
        var report = await ImportAsync(site, TimeProvider.System);

        Assert.Equal(1, report.SeedsRead);
        Assert.Contains("秋风行动", site.Read(report.Outcomes.Single(o => o.Seed.EndsWith(Fixtures[0], StringComparison.Ordinal)).Markdown!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_markdown_file_edited_or_deleted_after_a_remembered_import_is_still_kept_as_the_person_left_it()
    {
        using var site = SiteWithSeeds();
        var first = await ImportAsync(site);
        await ImportAsync(site);
        var edited = first.Outcomes[0].Markdown!;
        var deleted = first.Outcomes[1].Markdown!;
        site.Write(edited, site.Read(edited) + "\n人工补充的一段。\n");
        File.Delete(Path.Combine(site.Root, deleted));

        var report = await ImportAsync(site);
        var again = await ImportAsync(site);

        Assert.Equal(2, report.SeedsRead);
        Assert.Equal(0, again.SeedsRead);
        foreach (var run in new[] { report, again })
        {
            Assert.Equal(ImportStatus.SkippedEdited, run.Outcomes[0].Status);
            Assert.Equal(ImportStatus.SkippedDeleted, run.Outcomes[1].Status);
        }

        Assert.EndsWith("人工补充的一段。\n", site.Read(edited), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, deleted)));
    }

    [Fact]
    public async Task A_changed_setting_makes_every_seed_be_read_again()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);
        site.Write("input/_site.yml", site.Read("input/_site.yml") + "# 注释\n");

        var report = await ImportAsync(site);

        Assert.Equal(4, report.SeedsRead);
        Assert.All(report.Outcomes, o => Assert.Equal(ImportStatus.Unchanged, o.Status));
    }

    [Fact]
    public async Task A_manifest_entry_removed_by_hand_brings_a_deleted_file_back()
    {
        using var site = SiteWithSeeds();
        var first = await ImportAsync(site);
        await ImportAsync(site);
        var outcome = first.Outcomes[0];
        File.Delete(Path.Combine(site.Root, outcome.Markdown!));
        await ImportAsync(site);
        var manifest = site.Read("input/_imported.yml").Split('\n');
        var at = Array.FindIndex(manifest, line => line.StartsWith(outcome.Seed, StringComparison.Ordinal));
        site.Write("input/_imported.yml", string.Join('\n', manifest.Where((_, i) => i < at || i > at + 2)));

        var report = await ImportAsync(site);

        Assert.Equal(ImportStatus.Imported, report.Outcomes[0].Status);
        Assert.Equal(await CleanImportOf(site), site.Snapshot(site.Paths.Input));
    }

    [Fact]
    public async Task A_new_seed_naming_a_new_section_places_every_page_again_as_a_clean_import_would()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);
        await ImportAsync(site);
        var seed = File.ReadAllText(Path.Combine(RepositoryPaths.SeedFixtures, Fixtures[0]))
            .Replace("首页>资讯中心>新闻动态", "首页>资讯中心>专题活动", StringComparison.Ordinal);
        site.Write("seeds/zz_new_section.txt", seed);

        var report = await ImportAsync(site);

        Assert.Contains(report.SectionsAdded, s => s.Contains("专题活动", StringComparison.Ordinal));
        Assert.Equal(5, report.SeedsRead);
        Assert.Equal(await CleanImportOf(site), site.Snapshot(site.Paths.Input));
    }

    [Fact]
    public async Task A_damaged_cache_counts_as_none()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);
        var cache = CacheFolder.Of(site.Paths).Imports;
        var bytes = File.ReadAllBytes(cache);
        File.WriteAllBytes(cache, bytes[..(bytes.Length / 2)]);

        var report = await ImportAsync(site);

        Assert.Equal(4, report.SeedsRead);
        Assert.Equal(await CleanImportOf(site), site.Snapshot(site.Paths.Input));
    }

    [Fact]
    public async Task A_removed_seed_is_forgotten_and_the_rest_stay_remembered()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);
        File.Delete(Path.Combine(site.Root, "seeds", Fixtures[2]));

        var report = await ImportAsync(site);
        var again = await ImportAsync(site);

        Assert.Equal((0, 3), (report.SeedsRead, report.Outcomes.Length));
        Assert.Equal((0, 3), (again.SeedsRead, again.Outcomes.Length));
    }
}
