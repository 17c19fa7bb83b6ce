using Gazette.Build;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Output;

/// <summary>Nothing a build does may destroy a file it did not write, whatever the output folder is or leads to.</summary>
public sealed class OutputSafetyTests
{
    private static SortedDictionary<string, byte[]> Files(string folder) => TestSite.Create().Snapshot(folder);

    private static Task<BuildResult> BuildInto(TestSite site, string output, bool adopt = false) =>
        new SiteBuilder(TimeProvider.System) { AdoptOutput = adopt }.BuildAsync(SitePaths.For(site.Root, output), CancellationToken.None);

    [Theory]
    [InlineData("input")]
    [InlineData("seeds")]
    [InlineData("theme")]
    [InlineData(".")]
    public async Task An_output_folder_that_is_a_link_to_a_source_is_refused_and_nothing_is_lost(string source)
    {
        using var site = GeneratedSite.Create();
        site.CopySeed(TestSite.BureauSeed);
        string[] sources = [site.Paths.Input, site.Paths.Seeds, site.Paths.Theme];
        var before = sources.Select(Files).ToList();
        File.CreateSymbolicLink(site.Paths.Output, Path.GetFullPath(Path.Combine(site.Root, source)));

        var error = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        Assert.Contains("refusing to build into this folder", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, sources.Select(Files).ToList());
    }

    [Fact]
    public async Task An_output_given_through_a_link_elsewhere_that_leads_into_input_is_refused()
    {
        using var site = GeneratedSite.Create();
        using var elsewhere = TestSite.Create();
        var link = Path.Combine(elsewhere.Root, "www");
        File.CreateSymbolicLink(link, site.Paths.Input);
        var before = site.Snapshot(site.Paths.Input);

        await Assert.ThrowsAsync<GazetteException>(() => BuildInto(site, Path.Combine(link, "site")));
        await Assert.ThrowsAsync<GazetteException>(() => BuildInto(site, link));

        Assert.Equal(before, site.Snapshot(site.Paths.Input));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("{root}/.git")]
    [InlineData("{root}/.git/site")]
    [InlineData("{other}/repo/.git")]
    [InlineData("{root}/..")]
    [InlineData("{root}/input/../src")]
    [InlineData("{root}/tests/out")]
    public async Task Folders_no_build_may_replace_are_refused_before_anything_is_read(string output)
    {
        using var site = GeneratedSite.Create();
        using var other = TestSite.Create();
        Directory.CreateDirectory(Path.Combine(site.Root, ".git"));
        File.WriteAllText(Path.Combine(site.Root, ".git", "HEAD"), "ref: refs/heads/main\n");
        var path = output.Replace("{root}", site.Root, StringComparison.Ordinal).Replace("{other}", other.Root, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<GazetteException>(() => BuildInto(site, path));

        Assert.Contains("refusing to build into this folder", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".gazette", "articles")), "nothing is read before the output folder is checked");
        Assert.True(File.Exists(Path.Combine(site.Root, ".git", "HEAD")));
    }

    [Theory]
    [InlineData("{root}/deploy", "is deploy/")]
    [InlineData("{root}/deploy/site", "lies inside deploy/")]
    public async Task An_output_folder_at_or_inside_deploy_is_refused_so_the_server_configuration_is_never_served(string output, string why)
    {
        using var site = GeneratedSite.Create();

        var error = await Assert.ThrowsAsync<GazetteException>(() => BuildInto(site, output.Replace("{root}", site.Root, StringComparison.Ordinal)));

        Assert.Contains($"refusing to build into this folder: it {why}, where the build writes the web server's configuration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_configuration_goes_to_deploy_beside_the_output_and_never_into_it()
    {
        using var site = GeneratedSite.Create();
        using var elsewhere = TestSite.Create();
        var output = Path.Combine(elsewhere.Root, "www");

        await BuildInto(site, output);

        Assert.True(File.Exists(Path.Combine(site.Root, "deploy", "nginx.conf")));
        Assert.True(File.Exists(Path.Combine(site.Root, "deploy", "redirects.map")));
        Assert.Empty(Directory.EnumerateFiles(output, "*.conf", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(output, "*.map", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_first_build_into_a_folder_of_someone_elses_files_is_refused_unless_adopted_and_then_keeps_them()
    {
        using var site = GeneratedSite.Create();
        using var www = TestSite.Create(("srv/other-site/index.html", "另一个网站"), ("srv/config.php", "<?php // settings"));
        var output = Path.Combine(www.Root, "srv");

        var refusal = await Assert.ThrowsAsync<GazetteException>(() => BuildInto(site, output));
        Assert.Contains("--adopt", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(["config.php", "other-site/index.html"], Files(output).Keys);

        await BuildInto(site, output, adopt: true);
        File.Delete(Path.Combine(site.Paths.Input, "generated", "a01.md"));
        var result = await BuildInto(site, output);

        Assert.True(result.Removed > 0);
        Assert.False(File.Exists(Path.Combine(output, GeneratedSite.SitePath(1))));
        Assert.Equal("另一个网站", File.ReadAllText(Path.Combine(output, "other-site", "index.html")));
        Assert.Equal("<?php // settings", File.ReadAllText(Path.Combine(output, "config.php")));
    }

    [Fact]
    public async Task A_rebuild_removes_only_files_gazette_wrote()
    {
        using var site = GeneratedSite.Create();
        await site.BuildAsync();
        site.Write("output/google1234.html", "google-site-verification: google1234.html");
        site.Write("output/zxzx/xwdt/notes.txt", "a webmaster's note");
        site.Write("output/odd/a\\b..html", "a name only Linux allows");
        File.Delete(Path.Combine(site.Paths.Input, "generated", "a00.md"));

        await site.BuildAsync();

        Assert.False(site.OutputExists(GeneratedSite.SitePath(0)));
        Assert.Equal("google-site-verification: google1234.html", site.ReadOutput("google1234.html"));
        Assert.Equal("a webmaster's note", site.ReadOutput("zxzx/xwdt/notes.txt"));
        Assert.Equal("a name only Linux allows", site.ReadOutput("odd/a\\b..html"));
    }

    [Fact]
    public async Task A_file_someone_else_put_in_the_output_does_not_stop_a_rebuild_from_seeing_nothing_changed()
    {
        using var site = GeneratedSite.Create();
        await site.BuildAsync();
        site.Write("output/google1234.html", "google-site-verification: google1234.html");

        var result = await site.BuildAsync();

        Assert.True(result.UpToDate);
        Assert.True(site.OutputExists("google1234.html"));
    }

    [Fact]
    public async Task A_link_inside_the_output_is_kept_and_never_followed()
    {
        using var site = GeneratedSite.Create();
        using var elsewhere = TestSite.Create(("data/keep.txt", "keep"));
        await site.BuildAsync();
        Directory.CreateSymbolicLink(Path.Combine(site.Paths.Output, "data"), Path.Combine(elsewhere.Root, "data"));
        site.Write("input/generated/a00.md", site.Read("input/generated/a00.md").Replace("工作第0期", "工作第0期(更正)", StringComparison.Ordinal));

        await site.BuildAsync();
        await site.BuildAsync();

        Assert.Equal("keep", File.ReadAllText(Path.Combine(elsewhere.Root, "data", "keep.txt")));
        Assert.NotNull(new DirectoryInfo(Path.Combine(site.Paths.Output, "data")).LinkTarget);
    }

    [Theory]
    [InlineData("/old/notice/", "/old/notice")]
    [InlineData("/old/notice", "/old/notice/")]
    public async Task An_alias_that_turns_a_page_into_a_folder_rebuilds_like_a_clean_build(string before, string after)
    {
        using var site = GeneratedSite.Create();
        var file = "input/generated/a07.md";
        site.Write(file, site.Read(file).Replace("/old/notice/", before, StringComparison.Ordinal));
        await site.BuildAsync();

        site.Write(file, site.Read(file).Replace(before + "]", after + "]", StringComparison.Ordinal).Replace("工作第7期", "工作第7期(新)", StringComparison.Ordinal));
        await site.BuildAsync();
        await site.BuildAsync();

        using var clean = TestSite.Create();
        TestSite.CopyFolder(site.Paths.Input, clean.Paths.Input);
        await clean.BuildAsync();
        Assert.Equal(clean.Snapshot(), site.Snapshot());
        Assert.Empty(site.Leftovers());
    }

    [Fact]
    public async Task Aliases_that_make_one_path_both_a_page_and_a_folder_fail_with_both_named_and_change_nothing()
    {
        using var site = GeneratedSite.Create();
        await site.BuildAsync();
        var before = site.Snapshot();
        site.Write("input/generated/a08.md", site.Read("input/generated/a08.md").Replace("slug: a08\n", "slug: a08\naliases: [/old/notice]\n", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        Assert.Contains("/old/notice", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public async Task A_link_left_where_the_next_release_is_made_is_removed_not_written_through()
    {
        using var site = GeneratedSite.Create();
        await site.BuildAsync();
        var before = site.Snapshot(site.Paths.Input);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, ".output.next"), site.Paths.Input);
        site.Write("input/generated/a01.md", site.Read("input/generated/a01.md").Replace("工作第1期", "工作第1期(新)", StringComparison.Ordinal));
        before["generated/a01.md"] = File.ReadAllBytes(Path.Combine(site.Paths.Input, "generated", "a01.md"));

        await site.BuildAsync();

        Assert.Equal(before, site.Snapshot(site.Paths.Input));
        Assert.Contains("工作第1期(新)", site.ReadOutput(GeneratedSite.SitePath(1)), StringComparison.Ordinal);
    }
}
