using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Site;

public sealed class SiteSettingsLoaderTests
{
    [Fact]
    public void Reads_the_section_tree_with_slugs_and_types()
    {
        var settings = SiteSettingsLoader.Parse(TestSite.Settings, "_site.yml");

        var news = settings.Sections.Find(["资讯中心", "新闻动态"]);
        Assert.NotNull(news);
        Assert.Equal("zxzx/xwdt", news.SlugPath);
        Assert.Equal("工作动态", news.Type);
        Assert.Equal(["资讯中心", "新闻动态", "通知公告", "政务公开"], settings.Sections.All.Select(s => s.Name));
        Assert.Equal(2, settings.PageSize);
        Assert.Equal("/", settings.BasePath);
    }

    [Theory]
    [InlineData("news", "/news/")]
    [InlineData("/news", "/news/")]
    [InlineData("/a/b/", "/a/b/")]
    public void Normalises_the_base_path(string value, string expected)
    {
        var settings = SiteSettingsLoader.Parse($"title: t\nbase_url: https://example.gov.cn/\nbase_path: {value}\n", "_site.yml");

        Assert.Equal(expected, settings.BasePath);
        Assert.Equal("https://example.gov.cn", settings.BaseUrl);
        Assert.Equal(expected + "zxzx/", settings.Link("zxzx/"));
    }

    [Theory]
    [InlineData("title: t\n", "'base_url' is required")]
    [InlineData("title: t\nbase_url: example.gov.cn\n", "'base_url' must be an http or https address")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\npage_size: many\n", "'page_size' must be a whole number")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nsections:\n  - name: 甲\n    slug: Bad Slug\n", "section slug 'Bad Slug'")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nsections:\n  - name: 甲\n    slug: a\n  - name: 乙\n    slug: a\n", "slug 'a' is used by two sections")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nfooter:\n  fax: 1\n", "unknown key 'fax'")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nsections:\n  - name: 归档\n    slug: archive\n", "slug 'archive' is taken")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nfeed_size: 0\n", "'feed_size' must be a whole number")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nold_addresses: old/{yyyyMM}.shtml\n", "'old_addresses' must be a path starting with /")]
    public void Reports_what_is_wrong(string yaml, string message)
    {
        var exception = Assert.Throws<GazetteException>(() => SiteSettingsLoader.Parse(yaml, "input/_site.yml"));

        Assert.Contains(exception.Errors, e => e.File == "input/_site.yml" && e.Message.Contains(message, StringComparison.Ordinal));
    }
}
