using System.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Cli;

/// <summary>What the command refuses, and what it leaves behind, when it is pointed at the wrong place or interrupted.</summary>
public sealed class SiteSafetyCommandTests
{
    [Theory]
    [InlineData("build")]
    [InlineData("import")]
    public async Task A_root_without_input_is_an_error_that_says_how_to_start_a_site_and_creates_nothing(string command)
    {
        using var empty = TestSite.Create();
        Directory.Delete(Path.Combine(empty.Root, "theme"), recursive: true);
        var mistyped = Path.Combine(empty.Root, "sitee");
        Directory.CreateDirectory(mistyped);

        var (exitCode, _, error) = await GazetteCommand.RunAsync(command, "--root", mistyped);

        Assert.Equal(1, exitCode);
        Assert.Contains("there is no input/ folder here", error, StringComparison.Ordinal);
        Assert.Contains("To start a new site here, create the folder input/", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(mistyped));
    }

    [Fact]
    public async Task Output_at_the_file_system_root_is_refused_at_once()
    {
        using var site = GeneratedSite.Create();
        var watch = Stopwatch.StartNew();

        var (exitCode, _, error) = await GazetteCommand.RunAsync("build", "--root", site.Root, "--output", "/");

        Assert.Equal(1, exitCode);
        Assert.Contains("error: /: refusing to build into this folder: it is the root of the file system", error, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "the refusal comes before any walk of the file system");
    }

    [Fact]
    public async Task What_a_killed_build_left_beside_the_output_and_in_the_caches_is_cleared_by_the_next_build()
    {
        using var site = GeneratedSite.Create();
        Assert.Equal(0, (await GazetteCommand.RunAsync("build", "--root", site.Root)).ExitCode);
        var before = site.Snapshot();
        site.Write(".output.next/index.html", "half a release");
        site.Write(".output.staging/index.html", "an older version's staging");
        site.Write(".gazette/inputs.cache.tmp", "half a cache");
        site.Write("input/generated/.a01.md.0123456789abcdef0123456789abcdef.gazette-tmp", "half an import");
        site.Write("input/generated/a01.md", site.Read("input/generated/a01.md"));

        Assert.Equal(0, (await GazetteCommand.RunAsync("build", "--root", site.Root)).ExitCode);

        Assert.Equal(before, site.Snapshot());
        Assert.Empty(site.Leftovers());
        Assert.Empty(Directory.EnumerateFiles(site.Root, "*tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_failed_build_leaves_nothing_beside_the_output_and_says_the_truth()
    {
        using var site = GeneratedSite.Create();
        Assert.Equal(0, (await GazetteCommand.RunAsync("build", "--root", site.Root)).ExitCode);
        var before = site.Snapshot();
        site.Write("input/generated/a01.md", site.Read("input/generated/a01.md").Replace("工作第1期", "工作第1期(新)", StringComparison.Ordinal) + "\n[断链](/nowhere.html)\n");

        var (exitCode, _, error) = await GazetteCommand.RunAsync("build", "--root", site.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("the output folder was not changed", error, StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
        Assert.Empty(site.Leftovers());
        Assert.Empty(Directory.EnumerateFiles(site.Root, "*tmp", SearchOption.AllDirectories));
    }
}
