using Gazette.Build;
using Gazette.Import;
using Gazette.Incremental;
using Gazette.Tests.Support;

namespace Gazette.Tests.Import;

/// <summary>
/// A finished import leaves a seal; a build over seeds that are as the seal describes them imports nothing and does
/// not even load the import cache, and any change to a seed, a seed folder or the settings breaks the seal.
/// </summary>
public sealed class ImportSealTests
{
    private static readonly string[] Fixtures = SeedSites.Fixtures;

    private static readonly TimeProvider Later = SeedSites.Later;

    private static TestSite SiteWithSeeds() => SeedSites.WithFixtures();

    private static Task<ImportReport> ImportAsync(TestSite site, TimeProvider? clock = null) =>
        Importer.ImportAsync(site.Paths, clock ?? Later, recheckMarkdown: true, CancellationToken.None);

    private static Task<ImportReport> BuildImportAsync(TestSite site, TimeProvider? clock = null) =>
        Importer.ImportAsync(site.Paths, clock ?? Later, recheckMarkdown: false, CancellationToken.None);

    private static string Seal(TestSite site) => CacheFolder.Of(site.Paths).ImportSeal;

    [Fact]
    public async Task A_build_after_a_finished_import_vouches_for_every_seed_without_the_import_cache()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);
        var written = site.Snapshot(site.Paths.Input);
        File.WriteAllText(CacheFolder.Of(site.Paths).Imports, "damaged");

        var report = await BuildImportAsync(site);

        Assert.Equal(4, report.SealedSeeds);
        Assert.Equal(4, report.Count(ImportStatus.Unchanged));
        Assert.Equal(4, report.SeedCount);
        Assert.Equal(0, report.SeedsRead);
        Assert.Equal(written, site.Snapshot(site.Paths.Input));
    }

    [Fact]
    public async Task A_seed_written_in_place_breaks_the_seal_and_is_imported_again()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);
        var seed = Path.Combine(site.Paths.Seeds, Fixtures[0]);
        var time = File.GetLastWriteTimeUtc(seed);
        var text = File.ReadAllText(seed);
        File.WriteAllText(seed, text.Replace("春风行动", "秋风行动", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(seed, time.AddSeconds(5));

        var report = await BuildImportAsync(site);

        Assert.Equal(0, report.SealedSeeds);
        Assert.Equal(1, report.SeedsRead);
        var updated = Assert.Single(report.Outcomes, o => o.Status == ImportStatus.Updated);
        Assert.Contains("秋风行动", site.Read(updated.Markdown!), StringComparison.Ordinal);
        Assert.Equal(4, (await BuildImportAsync(site)).SealedSeeds);
    }

    [Fact]
    public async Task A_seed_added_in_a_new_folder_breaks_the_seal()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);

        site.Write("seeds/zxzx/extra.txt", File.ReadAllText(Path.Combine(RepositoryPaths.SeedFixtures, "02_repeated_level.txt")));
        var report = await BuildImportAsync(site);

        Assert.Equal(0, report.SealedSeeds);
        Assert.Equal(ImportStatus.Imported, Assert.Single(report.Outcomes, o => o.Seed == "seeds/zxzx/extra.txt").Status);
    }

    [Fact]
    public async Task A_seed_removed_or_renamed_breaks_the_seal()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);

        File.Move(Path.Combine(site.Paths.Seeds, Fixtures[1]), Path.Combine(site.Paths.Seeds, "renamed.txt"));
        var report = await BuildImportAsync(site);

        Assert.Equal(0, report.SealedSeeds);
        Assert.Contains(report.Outcomes, o => o.Seed == "seeds/renamed.txt");
        Assert.DoesNotContain(report.Outcomes, o => o.Seed == $"seeds/{Fixtures[1]}");
    }

    [Fact]
    public async Task An_edited_site_file_breaks_the_seal()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);

        File.AppendAllText(site.Paths.SiteFile, "\n# a webmaster's note\n");
        var report = await BuildImportAsync(site);

        Assert.Equal(0, report.SealedSeeds);
        Assert.Equal(4, report.Outcomes.Length);
    }

    [Fact]
    public async Task An_import_of_seeds_too_recent_to_trust_leaves_no_seal()
    {
        using var site = SiteWithSeeds();

        await ImportAsync(site, TimeProvider.System);

        Assert.False(File.Exists(Seal(site)));
        Assert.Equal(0, (await BuildImportAsync(site, TimeProvider.System)).SealedSeeds);
    }

    [Fact]
    public async Task An_import_with_a_failed_seed_leaves_no_seal_so_the_failure_is_reported_on_every_build()
    {
        using var site = SiteWithSeeds();
        site.WriteBytes("seeds/002_binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);

        await ImportAsync(site);
        var report = await BuildImportAsync(site);

        Assert.False(File.Exists(Seal(site)));
        Assert.True(report.HasFailures);
    }

    [Fact]
    public async Task An_import_that_has_work_to_do_breaks_the_seal_before_writing()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);
        Assert.True(File.Exists(Seal(site)));

        // Seeds too recent to trust: the import runs, and what it leaves cannot be sealed.
        site.Write("seeds/zxzx/extra.txt", File.ReadAllText(Path.Combine(RepositoryPaths.SeedFixtures, "02_repeated_level.txt")));
        await BuildImportAsync(site, TimeProvider.System);

        Assert.False(File.Exists(Seal(site)));
    }

    [Fact]
    public async Task A_clean_build_forgets_the_seal()
    {
        using var site = SiteWithSeeds();
        await ImportAsync(site);
        Assert.True(File.Exists(Seal(site)));

        SiteBuilder.ForgetCaches(site.Paths);

        Assert.False(File.Exists(Seal(site)));
    }
}
