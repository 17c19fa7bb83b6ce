using Gazette.Tests.Support;

namespace Gazette.Tests.Output;

/// <summary>
/// The release before the deployed one is kept beside the output (<c>.output.spare</c>) and brought up to date by the
/// next build. Whatever state it is in, the published site is what a clean build gives, and nothing is written through it.
/// </summary>
public sealed class ReleaseSpareTests
{
    private static string Spare(TestSite site) => Path.Combine(site.Root, ".output.spare");

    private static async Task<TestSite> SiteWithSpareAsync()
    {
        var site = GeneratedSite.Create();
        await site.BuildAsync();
        Edit(site, 1);
        await site.BuildAsync();
        Assert.True(Directory.Exists(Spare(site)));
        return site;
    }

    private static void Edit(TestSite site, int article)
    {
        var file = $"input/generated/a{article:00}.md";
        site.Write(file, site.Read(file).Replace("工作第", "工作(更正)第", StringComparison.Ordinal));
    }

    private static async Task AssertSameAsCleanBuildAsync(TestSite site)
    {
        using var clean = TestSite.Create();
        TestSite.CopyFolder(site.Paths.Input, clean.Paths.Input);
        await clean.BuildAsync();
        Assert.Equal(clean.Snapshot(), site.Snapshot());
    }

    [Fact]
    public async Task A_rebuild_keeps_the_old_release_as_the_spare_and_links_its_unchanged_files_to_the_site()
    {
        using var site = await SiteWithSpareAsync();
        var page = GeneratedSite.SitePath(30);

        Edit(site, 2);
        await site.BuildAsync();

        // An unchanged page is one file under two names: the deployed one and the spare's.
        Assert.Equal(2, new FileInfo(Path.Combine(site.Paths.Output, page)).LinkCount());
        Assert.Equal(site.ReadOutput(page), File.ReadAllText(Path.Combine(Spare(site), page)));
        await AssertSameAsCleanBuildAsync(site);
    }

    [Fact]
    public async Task Files_changed_removed_added_or_turned_into_folders_in_the_spare_never_reach_the_site()
    {
        using var site = await SiteWithSpareAsync();
        var spare = Spare(site);
        File.Delete(Path.Combine(spare, GeneratedSite.SitePath(3)));
        File.Delete(Path.Combine(spare, GeneratedSite.SitePath(4)));
        File.WriteAllText(Path.Combine(spare, GeneratedSite.SitePath(4)), "不是这一页");
        File.Delete(Path.Combine(spare, "index.html"));
        Directory.CreateDirectory(Path.Combine(spare, "index.html", "inside"));
        File.WriteAllText(Path.Combine(spare, "junk.html"), "left in the spare");
        Directory.CreateDirectory(Path.Combine(spare, "empty", "folders"));

        Edit(site, 5);
        await site.BuildAsync();

        await AssertSameAsCleanBuildAsync(site);
        Assert.False(Directory.Exists(Path.Combine(site.Paths.Output, "empty")));
    }

    [Theory]
    [InlineData(".output.spare")]
    [InlineData(".output.next")]
    [InlineData(".output.old")]
    public async Task A_link_where_a_release_goes_is_removed_and_never_written_through(string place)
    {
        using var site = GeneratedSite.Create();
        await site.BuildAsync();
        ReleaseFolder(site, place);
        var before = site.Snapshot(site.Paths.Input);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, place), site.Paths.Input);
        Edit(site, 1);
        before["generated/a01.md"] = File.ReadAllBytes(Path.Combine(site.Paths.Input, "generated", "a01.md"));

        await site.BuildAsync();
        Edit(site, 2);
        before["generated/a02.md"] = File.ReadAllBytes(Path.Combine(site.Paths.Input, "generated", "a02.md"));
        await site.BuildAsync();

        Assert.Equal(before, site.Snapshot(site.Paths.Input));
        await AssertSameAsCleanBuildAsync(site);
    }

    [Fact]
    public async Task A_link_inside_the_spare_is_removed_and_never_written_through()
    {
        using var site = await SiteWithSpareAsync();
        var before = site.Snapshot(site.Paths.Input);
        var section = Path.Combine(Spare(site), "zxzx");
        Directory.Delete(section, recursive: true);
        Directory.CreateSymbolicLink(section, site.Paths.Input);

        Edit(site, 6);
        before["generated/a06.md"] = File.ReadAllBytes(Path.Combine(site.Paths.Input, "generated", "a06.md"));
        await site.BuildAsync();

        Assert.Equal(before, site.Snapshot(site.Paths.Input));
        await AssertSameAsCleanBuildAsync(site);
    }

    private static void ReleaseFolder(TestSite site, string place)
    {
        var path = Path.Combine(site.Root, place);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
