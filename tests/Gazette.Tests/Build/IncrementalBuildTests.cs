using Gazette.Build;
using Gazette.Tests.Support;

namespace Gazette.Tests.Build;

/// <summary>
/// A rebuild must never serve a stale page: after each kind of change, building on top of the previous output gives
/// byte for byte what a clean build of the changed site gives.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static async Task AssertSameAsCleanBuild(TestSite site)
    {
        var incremental = site.Snapshot();
        using var clean = TestSite.Create();
        Directory.Delete(clean.Root, recursive: true);
        CopyFolder(site.Paths.Input, clean.Paths.Input);
        CopyFolder(site.Paths.Theme, clean.Paths.Theme);

        await clean.BuildAsync();

        var expected = clean.Snapshot();
        Assert.Equal(expected.Keys, incremental.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(incremental[path]), $"{path} differs from a clean build");
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task<TestSite> BuiltSite()
    {
        var site = GeneratedSite.Create();
        await site.BuildAsync();
        return site;
    }

    [Fact]
    public async Task A_rebuild_with_nothing_changed_does_nothing_and_says_so()
    {
        using var site = await BuiltSite();
        var before = site.Snapshot();
        var times = Directory.EnumerateFiles(site.Paths.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var result = await site.BuildAsync();

        Assert.True(result.UpToDate);
        Assert.Equal(60, result.Articles);
        Assert.Equal(0, result.Changed);
        Assert.Equal(before, site.Snapshot());
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }

    [Fact]
    public async Task Editing_an_article_body_rebuilds_to_what_a_clean_build_gives()
    {
        using var site = await BuiltSite();
        site.Write("input/generated/a07.md", site.Read("input/generated/a07.md") + "\n补充说明:失业保险金申领流程进一步简化。\n");

        var result = await site.BuildAsync();

        Assert.False(result.UpToDate);
        Assert.InRange(result.Changed, 1, 200);
        Assert.True(result.Reused > result.Pages - 20, $"only {result.Reused} of {result.Pages} pages were reused");
        await AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task A_builder_kept_between_builds_as_the_preview_keeps_it_gives_what_a_clean_build_gives_after_each_edit()
    {
        using var site = GeneratedSite.Create();
        var builder = new SiteBuilder(TimeProvider.System) { OwnsOutput = true };
        await builder.BuildAsync(site.Paths, CancellationToken.None);
        string[] edits = ["\n第一次补充。\n", "\n第二次补充。\n"];
        foreach (var edit in edits)
        {
            site.Write("input/generated/a07.md", site.Read("input/generated/a07.md") + edit);
            var result = await builder.BuildAsync(site.Paths, CancellationToken.None);
            Assert.False(result.UpToDate);
            Assert.Contains(edit.Trim(), site.Snapshot().Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal)).Select(p => System.Text.Encoding.UTF8.GetString(p.Value)).First(t => t.Contains("第一次补充", StringComparison.Ordinal)), StringComparison.Ordinal);
            await AssertSameAsCleanBuild(site);
        }

        site.Write("input/generated/a07.md", site.Read("input/generated/a07.md").Replace("title: ", "title: 更正:", StringComparison.Ordinal));
        await builder.BuildAsync(site.Paths, CancellationToken.None);
        await AssertSameAsCleanBuild(site);

        // A new article, then one gone: files come and go in the release the builder remembers.
        site.Write("input/generated/new.md", TestSite.Article("新增的通知", "2024-05-01", "[资讯中心, 新闻动态]", "新增正文。"));
        await builder.BuildAsync(site.Paths, CancellationToken.None);
        await AssertSameAsCleanBuild(site);
        File.Delete(Path.Combine(site.Root, "input/generated/a30.md"));
        await builder.BuildAsync(site.Paths, CancellationToken.None);
        await AssertSameAsCleanBuild(site);
        for (var i = 0; i < 2; i++)
        {
            site.Write("input/generated/a07.md", site.Read("input/generated/a07.md") + $"\n又一次补充{i}。\n");
            await builder.BuildAsync(site.Paths, CancellationToken.None);
            await AssertSameAsCleanBuild(site);
        }
    }

    [Fact]
    public async Task Editing_a_title_updates_every_page_that_shows_it()
    {
        using var site = await BuiltSite();
        site.Write("input/generated/a30.md", site.Read("input/generated/a30.md").Replace("title: ", "title: 更正:", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.InRange(result.Reused, 1, result.Pages - 10);

        Assert.Contains("更正:", site.ReadOutput("zxzx/xwdt/index.html") + site.ReadOutput("zxzx/xwdt/index_2.html") + site.ReadOutput("zxzx/xwdt/index_3.html"), StringComparison.Ordinal);
        await AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task Moving_a_date_moves_the_article_between_pages_and_removes_its_old_address()
    {
        using var site = await BuiltSite();
        var oldPath = GeneratedSite.SitePath(12);
        site.Write("input/generated/a12.md", System.Text.RegularExpressions.Regex.Replace(site.Read("input/generated/a12.md"), "date: .*", "date: 2024-12-31"));

        await site.BuildAsync();

        Assert.False(site.OutputExists(oldPath));
        Assert.True(site.OutputExists("zxzx/xwdt/202412/a12.html"));
        await AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task Deleting_an_article_removes_its_pages()
    {
        using var site = await BuiltSite();
        File.Delete(Path.Combine(site.Root, "input/generated/a20.md"));

        var result = await site.BuildAsync();

        Assert.Equal(0, result.Reused);

        Assert.False(site.OutputExists(GeneratedSite.SitePath(20)));
        await AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task Editing_a_template_or_a_setting_rebuilds_every_page_it_touches()
    {
        using var site = await BuiltSite();
        site.Write("theme/partials/footer.html", site.Read("theme/partials/footer.html").Replace("主办单位", "主办机构", StringComparison.Ordinal));
        site.Write("input/_site.yml", site.Read("input/_site.yml").Replace("page_size: 7", "page_size: 10", StringComparison.Ordinal));

        await site.BuildAsync();

        Assert.Contains("主办机构", site.ReadOutput(GeneratedSite.SitePath(3)), StringComparison.Ordinal);
        Assert.False(site.OutputExists("tzgg/index_3.html"));
        await AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task A_page_changed_in_the_output_by_hand_is_rendered_again()
    {
        using var site = await BuiltSite();
        var page = Path.Combine(site.Paths.Output, GeneratedSite.SitePath(5));
        File.WriteAllText(page, "tampered");
        site.Write("input/generated/a07.md", site.Read("input/generated/a07.md") + "\n补充。\n");

        await site.BuildAsync();

        Assert.NotEqual("tampered", File.ReadAllText(page));
        await AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task A_page_deleted_from_the_output_by_hand_is_written_again()
    {
        using var site = await BuiltSite();
        File.Delete(Path.Combine(site.Paths.Output, "sitemap.html"));

        var result = await site.BuildAsync();

        Assert.False(result.UpToDate);
        Assert.True(site.OutputExists("sitemap.html"));
        await AssertSameAsCleanBuild(site);
    }

    // Longer than the body's opening that related articles are found from, so that what follows it is "deep".
    private static readonly string LongParagraph = string.Concat(Enumerable.Repeat("全市人社系统持续优化就业服务,推动各项惠民政策落地见效,确保群众办事更加便捷高效。", 12));

    /// <summary>The newest article: it leads the site's feeds.</summary>
    private static int Newest() => Enumerable.Range(0, GeneratedSite.ArticleCount)
        .OrderByDescending(i => (GeneratedSite.Year(i), GeneratedSite.Month(i), 1 + (i % 28), i % 60))
        .First();

    private static async Task<(TestSite Site, string File, int Index)> BuiltSiteWithLongBody()
    {
        var index = Newest();
        var file = $"input/generated/{GeneratedSite.Id(index)}.md";
        var site = GeneratedSite.Create();
        site.Write(file, site.Read(file) + "\n\n" + LongParagraph + "\n\n原文第二段。\n");
        await site.BuildAsync();
        return (site, file, index);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_builder_kept_between_builds_renders_a_correction_deep_in_a_long_body_as_a_body_edit(bool ownsOutput)
    {
        var index = Newest();
        var file = $"input/generated/{GeneratedSite.Id(index)}.md";
        using var site = GeneratedSite.Create();
        site.Write(file, site.Read(file) + "\n\n" + LongParagraph + "\n\n原文第二段。\n");
        var builder = new SiteBuilder(TimeProvider.System) { OwnsOutput = ownsOutput };
        await builder.BuildAsync(site.Paths, CancellationToken.None);

        foreach (var correction in new[] { "更正后的第二段。", "再次更正的第二段。" })
        {
            site.Write(file, site.Read(file).Replace("原文第二段。", correction, StringComparison.Ordinal).Replace("更正后的第二段。", correction, StringComparison.Ordinal));
            var result = await builder.BuildAsync(site.Paths, CancellationToken.None);

            // The body-edit plan renders no page producer's whole set: its timings name none of them.
            Assert.DoesNotContain(result.Timings, t => t.Stage.StartsWith("  ", StringComparison.Ordinal));
            Assert.Contains(correction, site.ReadOutput(GeneratedSite.SitePath(index)), StringComparison.Ordinal);
            await AssertSameAsCleanBuild(site);
        }
    }

    [Fact]
    public async Task A_correction_deep_in_a_long_body_renders_only_that_page_and_the_feeds_that_carry_it()
    {
        var (site, file, index) = await BuiltSiteWithLongBody();
        using var _ = site;
        site.Write(file, site.Read(file).Replace("原文第二段。", "更正后的第二段。", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        // The article's page, and the search page, which names the index the corrected text changed.
        Assert.Equal(2, result.Pages - result.Reused);
        Assert.Contains("更正后的第二段。", site.ReadOutput(GeneratedSite.SitePath(index)), StringComparison.Ordinal);
        Assert.Contains("更正后的第二段。", site.ReadOutput("atom.xml"), StringComparison.Ordinal);
        await AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task A_broken_link_added_deep_in_a_long_body_fails_the_build_and_names_the_file()
    {
        var (site, file, _) = await BuiltSiteWithLongBody();
        using var __ = site;
        var before = site.Snapshot();
        site.Write(file, site.Read(file).Replace("原文第二段。", "见[通知](/nowhere/notice.html)。", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<Gazette.Diagnostics.GazetteException>(site.BuildAsync);

        Assert.Contains(error.Errors, e => e.File == file && e.Message.Contains("/nowhere/notice.html", StringComparison.Ordinal));
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public async Task A_title_changed_in_a_build_that_failed_reaches_every_page_once_a_build_succeeds()
    {
        var (site, file, index) = await BuiltSiteWithLongBody();
        using var _ = site;
        var retitled = site.Read(file).Replace("title: ", "title: 更正:", StringComparison.Ordinal);
        site.Write(file, retitled.Replace("原文第二段。", "见[通知](/nowhere/notice.html)。", StringComparison.Ordinal));
        await Assert.ThrowsAsync<Gazette.Diagnostics.GazetteException>(site.BuildAsync);

        // Only the body changes from the failed build to this one, but the output still shows the old title.
        site.Write(file, retitled);
        await site.BuildAsync();

        Assert.Contains("更正:", site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.Contains("更正:", site.ReadOutput(GeneratedSite.SitePath(index)), StringComparison.Ordinal);
        await AssertSameAsCleanBuild(site);
    }

    [Fact]
    public async Task A_build_with_clean_forgets_its_caches_and_gives_the_same_site()
    {
        using var site = await BuiltSite();
        var before = site.Snapshot();

        SiteBuilder.ForgetCaches(site.Paths);
        // Only the record of which output files Gazette wrote stays: it decides what a build may remove.
        Assert.Equal(["outputs"], Directory.GetFileSystemEntries(Path.Combine(site.Root, ".gazette")).Select(Path.GetFileName));
        var result = await site.BuildAsync();

        Assert.False(result.UpToDate);
        Assert.Equal(0, result.Reused);
        Assert.Equal(before, site.Snapshot());
    }
}
