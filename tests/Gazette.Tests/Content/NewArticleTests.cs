using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Content;

/// <summary><c>gazette new</c> writes a draft the build reads and holds back, and never overwrites or guesses a section.</summary>
public sealed class NewArticleTests
{
    // 2024-03-15 00:30 in Beijing is still the 14th in UTC: the folder and date follow Beijing.
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2024, 3, 14, 16, 30, 0, TimeSpan.Zero));

    private static TestSite Site() => TestSite.Create(("input/_site.yml", TestSite.Settings));

    [Theory]
    [InlineData("资讯中心/通知公告")]
    [InlineData("zxzx/tzgg")]
    [InlineData("资讯中心 > 通知公告")]
    public async Task Writes_a_draft_dated_now_in_beijing_under_the_sections_folder(string section)
    {
        using var site = Site();

        var path = await NewArticle.CreateAsync(site.Paths, section, "关于做好“春风行动”的通知", null, Clock, CancellationToken.None);

        Assert.Matches(@"^input/zxzx/tzgg/202403/20240315-[0-9a-f]{6}\.md$", path);
        var errors = new List<GazetteError>();
        var article = new ArticleReader(Gazette.Site.SiteSettingsLoader.Parse(TestSite.Settings, "input/_site.yml")).Read(path, site.Read(path), errors, out var excluded);
        Assert.Empty(errors);
        Assert.Null(article);
        Assert.Equal("draft", excluded?.Reason);
        Assert.Contains("date: 2024-03-15T00:30:00+08:00", site.Read(path), StringComparison.Ordinal);
        Assert.Contains("title: \"关于做好“春风行动”的通知\"", site.Read(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_overwrites_a_file()
    {
        using var site = Site();
        var path = await NewArticle.CreateAsync(site.Paths, "zwgk", "第一篇", "fixed", Clock, CancellationToken.None);
        site.Write(path, "edited by hand");

        var refusal = await Assert.ThrowsAsync<GazetteException>(() => NewArticle.CreateAsync(site.Paths, "zwgk", "第二篇", "fixed", Clock, CancellationToken.None));

        Assert.Contains("already exists", Assert.Single(refusal.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("edited by hand", site.Read(path));
    }

    [Fact]
    public async Task Refuses_an_unknown_section_naming_the_known_ones()
    {
        using var site = Site();

        var refusal = await Assert.ThrowsAsync<GazetteException>(() => NewArticle.CreateAsync(site.Paths, "资讯中心/不存在", "标题", null, Clock, CancellationToken.None));

        var message = Assert.Single(refusal.Errors).Message;
        Assert.Contains("资讯中心/通知公告 (zxzx/tzgg)", message, StringComparison.Ordinal);
        Assert.Contains("政务公开 (zwgk)", message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(site.Paths.Input, "*.md", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("..")]
    public async Task Refuses_a_slug_that_cannot_name_a_file(string slug)
    {
        using var site = Site();

        await Assert.ThrowsAsync<GazetteException>(() => NewArticle.CreateAsync(site.Paths, "zwgk", "标题", slug, Clock, CancellationToken.None));

        Assert.Empty(Directory.EnumerateFiles(site.Paths.Input, "*.md", SearchOption.AllDirectories));
    }
}
