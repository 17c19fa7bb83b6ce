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
    [InlineData("title: t\nbase_url: \"https://e.gov.cn\\u0001x\"\n", "'base_url' must be an http or https address")]
    [InlineData("title: t\nbase_url: \"https://e\\u0001.gov.cn\"\n", "'base_url' must be an http or https address")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nbase_path: \"ne\\nws\"\n", "'base_path' must be a folder")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nold_addresses: \"/old/{old_id}\\n.shtml\"\n", "'old_addresses'")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nold_addresses: /old//{old_id}.shtml\n", "'old_addresses'")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nold_addresses: /old/{old_id}.shtml?x=1\n", "'old_addresses'")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nold_addresses: /old/{oldid}/{id}.shtml\n", "'old_addresses'")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nsections:\n  - name: \"甲\\u0001\"\n    slug: a\n", "section name")]
    [InlineData("title: t\nbase_url: https://e.gov.cn\nsections:\n  - name: 甲\n    slug: \"a\\nb\"\n", "section slug")]
    public void Reports_what_is_wrong(string yaml, string message)
    {
        var exception = Assert.Throws<GazetteException>(() => SiteSettingsLoader.Parse(yaml, "input/_site.yml"));

        Assert.Contains(exception.Errors, e => e.File == "input/_site.yml" && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Control_characters_are_removed_from_every_free_text_setting()
    {
        var yaml = "title: \"测试\\u0001人社局\"\nbase_url: https://e.gov.cn\nsections:\n  - name: 甲\n    slug: a\n    type: \"工作\\u0002动态\"\n    description: \"说\\u0003明\\u009F\"\n"
            + "footer:\n  supervisor: \"主\\u0004管\"\n  sponsor: \"主\\u0005办\"\n  site_code: \"1234\\u000B567890\"\n  icp: \"苏ICP\\u000C备\"\n  police: \"苏公网安备\\u000E 32050802010605号\"\n"
            + "  phone: \"0512-\\u000F1\"\n  address: \"苏州\\u0010市\"\n  postcode: \"215\\u0011000\"\n  email: \"a\\u0012@b.cn\"\n";

        var settings = SiteSettingsLoader.Parse(yaml, "input/_site.yml");

        Assert.Equal("测试人社局", settings.Title);
        var section = Assert.Single(settings.Sections.All);
        Assert.Equal("工作动态", section.Type);
        Assert.Equal("说明", section.Description);
        Assert.Equal(new SiteFooter("主管", "主办", "1234567890", "苏ICP备", "苏公网安备 32050802010605号", "0512-1", "苏州市", "215000", "a@b.cn"), settings.Footer);
    }

    [Fact]
    public void A_section_slug_longer_than_the_limit_is_refused_with_the_limit()
    {
        var yaml = $"title: t\nbase_url: https://e.gov.cn\nsections:\n  - name: 甲\n    slug: {new string('a', 101)}\n";

        var exception = Assert.Throws<GazetteException>(() => SiteSettingsLoader.Parse(yaml, "input/_site.yml"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(5, error.Line);
        Assert.Contains("at most 100 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("1")]
    public void Precompress_that_is_no_yaml_1_2_boolean_is_an_error_at_its_line(string value)
    {
        var yaml = $"title: t\nbase_url: https://example.gov.cn/\nprecompress: {value}\n";

        var exception = Assert.Throws<GazetteException>(() => SiteSettingsLoader.Parse(yaml, "input/_site.yml"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("true, True, TRUE, false, False or FALSE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Precompress_takes_a_capitalised_boolean()
    {
        Assert.True(SiteSettingsLoader.Parse("title: t\nbase_url: https://example.gov.cn/\nprecompress: True\n", "_site.yml").Precompress);
    }
}
