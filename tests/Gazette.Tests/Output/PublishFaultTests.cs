using System.Diagnostics;
using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Tests.Support;

namespace Gazette.Tests.Output;

/// <summary>
/// A build killed at any moment — while reading, rendering, writing the new release or putting it in place — leaves
/// the deployed site entirely as it was or entirely new, and the next build finishes the job as a clean build would.
/// </summary>
public sealed class PublishFaultTests
{
    private const int Kills = 18;

    [Fact]
    public async Task A_rebuild_killed_at_random_moments_leaves_the_old_site_or_the_new_one_and_the_next_build_repairs_it()
    {
        var old = await CleanBuildAsync(changed: false);
        var updated = await CleanBuildAsync(changed: true);
        Assert.NotEqual(old.Keys, updated.Keys);

        // How long an unkilled rebuild takes, to spread the kills over its whole run.
        TimeSpan duration;
        using (var timing = await DeployedOldSiteAsync())
        {
            Change(timing);
            var watch = Stopwatch.StartNew();
            Assert.Equal(0, (await GazetteProcess.RunAsync("build", "--root", timing.Root)).ExitCode);
            duration = watch.Elapsed;
            Assert.Equal(updated, timing.Snapshot());
        }

        var random = new Random(20261205);
        var outcomes = new List<string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            using var site = await DeployedOldSiteAsync();
            Change(site);
            using var build = GazetteProcess.Start("build", "--root", site.Root);

            // A third of the kills land anywhere in the run; a third while the new release is being made beside the
            // output; a third the moment the old release has become the spare, just after the new one went live and
            // before the build has recorded it. A half-published site would come from the last two.
            switch (kill % 3)
            {
                case 0:
                    await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * duration.TotalMilliseconds));
                    break;
                case 1:
                    await WhenAppearsAsync(build, Path.Combine(site.Root, ".output.next"));
                    await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 30)));
                    break;
                default:
                    await WhenAppearsAsync(build, Path.Combine(site.Root, ".output.spare"));
                    break;
            }

            var finished = build.HasExited;
            build.Kill(entireProcessTree: true);
            await build.WaitForExitAsync();

            var deployed = site.Snapshot();
            var isOld = SameFiles(old, deployed);
            var isNew = SameFiles(updated, deployed);
            Assert.True(isOld || isNew, $"kill {kill}: the deployed site is neither the old one nor the new one ({deployed.Count} files)");
            outcomes.Add(finished ? "finished" : isNew ? "new" : "old");

            await site.BuildAsync();
            Assert.True(SameFiles(updated, site.Snapshot()), $"kill {kill}: the build after the kill does not give the clean site");
            Assert.Empty(site.Leftovers());
            Assert.Empty(Directory.EnumerateFiles(site.Root, "*.tmp", SearchOption.AllDirectories));
        }

        // Every kind of moment was hit: before the new site went live and after.
        Assert.True(outcomes.Contains("old"), "no kill left the old site: " + string.Join(", ", outcomes));
        Assert.True(outcomes.Any(o => o is "new" or "finished"), "no kill came after the new site went live: " + string.Join(", ", outcomes));
    }

    [Fact]
    public async Task A_release_killed_after_recording_itself_but_before_going_live_leaves_no_file_of_ours_unowned()
    {
        using var site = GeneratedSite.Create();
        site.Write("theme/assets/extra.txt", "removed by the next release");
        await site.BuildAsync();
        File.Delete(Path.Combine(site.Paths.Theme, "assets", "extra.txt"));

        // What a build that only removes assets/extra.txt records before it is killed short of going live.
        var writer = new Gazette.Output.StagedOutputWriter(site.Paths);
        var deployed = DeployedFiles.Scan(writer.Output);
        var recorded = await writer.LoadManifestAsync(deployed, CancellationToken.None);
        var pending = new OutputManifest(writer.Output, recorded!.Entries.Where(e => e.Key != "assets/extra.txt").ToDictionary());
        await pending.SaveAsync(OutputManifest.PendingPathFor(writer.ManifestPath), CancellationToken.None);

        await site.BuildAsync();

        Assert.False(site.OutputExists("assets/extra.txt"));
    }

    private static async Task WhenAppearsAsync(Process build, string folder)
    {
        var watch = Stopwatch.StartNew();
        while (!Directory.Exists(folder) && !build.HasExited && watch.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(1);
        }
    }

    private static bool SameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual) =>
        expected.Keys.SequenceEqual(actual.Keys) && expected.All(e => e.Value.AsSpan().SequenceEqual(actual[e.Key]));

    private static async Task<TestSite> DeployedOldSiteAsync()
    {
        var site = GeneratedSite.Create();
        await site.BuildAsync();
        return site;
    }

    /// <summary>A change that touches every kind of page: a title (listings, feeds, archives), a removed article and a moved alias.</summary>
    private static void Change(TestSite site)
    {
        site.Write("input/generated/a02.md", site.Read("input/generated/a02.md").Replace("工作第2期", "工作第2期(更正)", StringComparison.Ordinal));
        site.Write("input/generated/a07.md", site.Read("input/generated/a07.md").Replace("/old/notice/]", "/old/notice]", StringComparison.Ordinal));
        File.Delete(Path.Combine(site.Paths.Input, "generated", "a05.md"));
    }

    private static async Task<SortedDictionary<string, byte[]>> CleanBuildAsync(bool changed)
    {
        using var site = GeneratedSite.Create();
        if (changed)
        {
            Change(site);
        }

        await site.BuildAsync();
        return site.Snapshot();
    }
}
