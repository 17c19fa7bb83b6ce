using System.Globalization;
using Gazette.Build;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Build;

/// <summary>
/// Articles dated in the future are held until their date, and an <c>expires</c> date takes an article off lists and
/// feeds; both are decided by the build's clock, so a build with no file changed must still publish on time, and give
/// what a clean build at that moment gives.
/// </summary>
public sealed class ReleaseScheduleBuildTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow.ToOffset(China);

    private static string At(DateTimeOffset instant) =>
        instant.ToOffset(China).ToString("yyyy-MM-dd'T'HH:mm':00+08:00'", CultureInfo.InvariantCulture);

    private static readonly DateTimeOffset Due = new DateTimeOffset(Now.Year, Now.Month, Now.Day, 9, 0, 0, China).AddDays(30);

    private static TestSite Site(string extraFile = "", string extraFront = "") => TestSite.Create(
        ("input/_site.yml", TestSite.Settings),
        ("input/zxzx/xwdt/old.md", TestSite.Article("往年新闻", At(Now.AddDays(-400)), "[资讯中心, 新闻动态]")),
        ("input/zxzx/xwdt/now.md", TestSite.Article("今日新闻", At(Now.AddDays(-1)), "[资讯中心, 新闻动态]", extra: extraFront)),
        ("input/zxzx/tzgg/next.md", TestSite.Article("下月通知", At(Due), "[资讯中心, 通知公告]", extra: extraFile)));

    private static Task<BuildResult> BuildAt(TestSite site, DateTimeOffset when, ReleaseRules? release = null) =>
        new SiteBuilder(new FixedClock(when)) { Release = release ?? ReleaseRules.Publish }.BuildAsync(site.Paths, CancellationToken.None);

    private static string PageOf(TestSite site, string title) =>
        Directory.EnumerateFiles(site.Paths.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/archive/", StringComparison.Ordinal) && !f.EndsWith("index.html", StringComparison.Ordinal))
            .Single(f => File.ReadAllText(f).Contains($"<h1>{title}</h1>", StringComparison.Ordinal));

    [Fact]
    public async Task An_article_dated_next_month_is_held_and_listed_as_scheduled_with_its_date()
    {
        using var site = Site();

        var result = await BuildAt(site, Now);

        Assert.Equal(2, result.Articles);
        var held = Assert.Single(result.Excluded);
        Assert.Equal("input/zxzx/tzgg/next.md", held.SourceFile);
        Assert.Equal("scheduled for " + Due.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), held.Reason);
        Assert.DoesNotContain("下月通知", site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("下月通知", site.ReadOutput("atom.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("下月通知", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.False(site.OutputExists("zxzx/tzgg/index.html"));
    }

    [Fact]
    public async Task When_its_date_comes_a_build_with_no_file_changed_publishes_it_as_a_clean_build_would()
    {
        using var site = Site();
        await BuildAt(site, Now);
        var unchanged = await BuildAt(site, Now.AddMinutes(5));
        Assert.True(unchanged.UpToDate);

        var later = Due.AddMinutes(1);
        var result = await BuildAt(site, later);

        Assert.False(result.UpToDate);
        Assert.Equal(3, result.Articles);
        Assert.Empty(result.Excluded);
        Assert.Contains("下月通知", site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("定时发布", File.ReadAllText(PageOf(site, "下月通知")), StringComparison.Ordinal);
        using var clean = Site();
        await BuildAt(clean, later);
        Assert.Equal(clean.Snapshot(), site.Snapshot(), new SnapshotComparer());
    }

    [Fact]
    public async Task Future_publishes_it_at_once_without_a_banner()
    {
        using var site = Site();

        var result = await BuildAt(site, Now, ReleaseRules.PublishFuture);

        Assert.Equal(3, result.Articles);
        Assert.Empty(result.Excluded);
        var page = File.ReadAllText(PageOf(site, "下月通知"));
        Assert.DoesNotContain("status-banner", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_shows_drafts_and_scheduled_articles_under_a_banner()
    {
        using var site = Site(extraFront: "draft: true\n");

        var result = await BuildAt(site, Now, ReleaseRules.Preview);

        Assert.Equal(3, result.Articles);
        Assert.Contains("草稿：本文尚未发布", File.ReadAllText(PageOf(site, "今日新闻")), StringComparison.Ordinal);
        Assert.Contains($"定时发布 {Due:yyyy-MM-dd HH:mm}：到时自动发布", File.ReadAllText(PageOf(site, "下月通知")), StringComparison.Ordinal);
        Assert.DoesNotContain("preview-banner", File.ReadAllText(PageOf(site, "往年新闻")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_article_leaves_lists_and_feeds_but_keeps_its_page_with_a_banner_and_its_archive()
    {
        var expires = Now.AddDays(-1).AddHours(5);
        using var site = Site(extraFront: $"expires: {At(expires)}\n");
        await BuildAt(site, Now.AddDays(-1).AddHours(1));
        Assert.Contains("今日新闻", site.ReadOutput("index.html"), StringComparison.Ordinal);

        var result = await BuildAt(site, Now);

        Assert.False(result.UpToDate);
        var page = File.ReadAllText(PageOf(site, "今日新闻"));
        Assert.Contains($"本信息已于 {expires.ToOffset(China):yyyy-MM-dd HH:mm} 过期，仅供查阅。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("今日新闻", site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("今日新闻", site.ReadOutput("zxzx/xwdt/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("今日新闻", site.ReadOutput("atom.xml"), StringComparison.Ordinal);
        Assert.Contains("今日新闻", site.ReadOutput(SiteLayout.ArchiveYear(Now.AddDays(-1).Year) + "index.html"), StringComparison.Ordinal);
        using var clean = Site(extraFront: $"expires: {At(expires)}\n");
        await BuildAt(clean, Now);
        Assert.Equal(clean.Snapshot(), site.Snapshot(), new SnapshotComparer());
    }

    [Fact]
    public async Task A_tag_whose_only_article_expired_keeps_its_page_so_that_the_article_s_tag_link_still_leads_somewhere()
    {
        using var site = TestSite.Create(
            ("input/_site.yml", TestSite.Settings),
            ("input/zxzx/xwdt/now.md", TestSite.Article("今日新闻", At(Now.AddDays(-1)), "[资讯中心, 新闻动态]", extra: "tags: [就业]\n")),
            ("input/zwgk/only.md", TestSite.Article("唯一公示", At(Now.AddDays(-3)), "[政务公开]", extra: $"tags: [公示]\nexpires: {At(Now.AddDays(-2))}\n")));

        await BuildAt(site, Now);

        Assert.True(site.OutputExists(SiteLayout.Tag("公示") + "index.html"));
        Assert.DoesNotContain("唯一公示", site.ReadOutput(SiteLayout.Tag("公示") + "index.html"), StringComparison.Ordinal);
        Assert.Contains("今日新闻", site.ReadOutput(SiteLayout.Tag("就业") + "index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_whose_only_article_expired_keeps_its_page_so_that_the_article_s_breadcrumbs_still_lead_somewhere()
    {
        using var site = TestSite.Create(
            ("input/_site.yml", TestSite.Settings),
            ("input/zxzx/xwdt/now.md", TestSite.Article("今日新闻", At(Now.AddDays(-1)), "[资讯中心, 新闻动态]")),
            ("input/zwgk/only.md", TestSite.Article("唯一公开", At(Now.AddDays(-3)), "[政务公开]", extra: $"expires: {At(Now.AddDays(-2))}\n")));

        await BuildAt(site, Now);

        Assert.True(site.OutputExists("zwgk/index.html"));
        Assert.DoesNotContain("唯一公开", site.ReadOutput("zwgk/index.html"), StringComparison.Ordinal);
        Assert.Contains("本信息已于", File.ReadAllText(PageOf(site, "唯一公开")), StringComparison.Ordinal);
    }

    /// <summary>Compares two output snapshots byte for byte.</summary>
    private sealed class SnapshotComparer : IEqualityComparer<SortedDictionary<string, byte[]>>
    {
        public bool Equals(SortedDictionary<string, byte[]>? x, SortedDictionary<string, byte[]>? y) =>
            x is not null && y is not null && x.Keys.SequenceEqual(y.Keys) && x.All(p => p.Value.AsSpan().SequenceEqual(y[p.Key]));

        public int GetHashCode(SortedDictionary<string, byte[]> obj) => obj.Count;
    }
}
