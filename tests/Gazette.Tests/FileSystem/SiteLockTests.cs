using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Tests.Support;

namespace Gazette.Tests.FileSystem;

/// <summary>One build per site: a second one stops at once and says which process holds the site.</summary>
public sealed class SiteLockTests
{
    [Fact]
    public async Task A_build_while_another_holds_the_site_stops_naming_its_process_and_changes_nothing()
    {
        using var site = GeneratedSite.Create();
        Assert.Equal(0, (await GazetteCommand.RunAsync("build", "--root", site.Root)).ExitCode);
        var before = site.Snapshot();
        File.Delete(Path.Combine(site.Paths.Input, "generated", "a00.md"));

        (int ExitCode, string Output, string Error) second;
        using (SiteLock.Acquire(site.Paths.Cache))
        {
            second = await GazetteCommand.RunAsync("build", "--root", site.Root);
        }

        Assert.Equal(1, second.ExitCode);
        Assert.Contains($"another build of this site (pid {Environment.ProcessId}) is running", second.Error, StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
        Assert.Equal(0, (await GazetteCommand.RunAsync("build", "--root", site.Root)).ExitCode);
        Assert.False(site.OutputExists(GeneratedSite.SitePath(0)));
    }

    [Fact]
    public void The_lock_is_released_when_its_holder_lets_go()
    {
        using var site = TestSite.Create();
        using (SiteLock.Acquire(site.Paths.Cache))
        {
            Assert.Throws<GazetteException>(() => SiteLock.Acquire(site.Paths.Cache));
        }

        using var again = SiteLock.Acquire(site.Paths.Cache);
    }

    [Fact]
    public async Task Two_builds_of_one_site_started_together_leave_the_site_a_clean_build_gives()
    {
        using var site = GeneratedSite.Create();
        Assert.Equal(0, (await GazetteProcess.RunAsync("build", "--root", site.Root)).ExitCode);
        site.Write("input/generated/a03.md", site.Read("input/generated/a03.md").Replace("工作第3期", "工作第3期(更正)", StringComparison.Ordinal));
        File.Delete(Path.Combine(site.Paths.Input, "generated", "a04.md"));

        var runs = await Task.WhenAll(GazetteProcess.RunAsync("build", "--root", site.Root), GazetteProcess.RunAsync("build", "--root", site.Root));

        Assert.Contains(runs, r => r.ExitCode == 0);
        Assert.All(runs.Where(r => r.ExitCode != 0), r => Assert.Contains("another build of this site (pid ", r.Error, StringComparison.Ordinal));
        using var clean = TestSite.Create();
        TestSite.CopyFolder(site.Paths.Input, clean.Paths.Input);

        await clean.BuildAsync();
        Assert.Equal(clean.Snapshot(), site.Snapshot());
        Assert.Empty(site.Leftovers());
    }
}
