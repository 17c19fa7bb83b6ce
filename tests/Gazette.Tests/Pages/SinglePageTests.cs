using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Pages;

/// <summary>
/// 单页 — 关于我们, 联系我们 — are pages with a title and a body and no date or 栏目: published at <c>/{slug}/</c> through
/// their own layout, in the sitemap and the 网站地图, never in listings or feeds.
/// </summary>
public sealed class SinglePageTests
{
    private const string AboutUs = "---\ntype: page\ntitle: 关于我们\nslug: gywm\nsummary: 本局简介。\n---\n\n苏州市人力资源和社会保障局是市政府工作部门。\n";

    private static TestSite Site(params (string Path, string Text)[] files) => TestSite.Create(
        [("input/_site.yml", TestSite.Settings.Replace("page_size: 2", "page_size: 2\nbase_path: /news/", StringComparison.Ordinal)),
         ("input/zxzx/xwdt/a.md", TestSite.Article("一篇新闻", "2024-03-01T09:00:00+08:00", "[资讯中心, 新闻动态]", extra: "slug: a\n")),
         .. files]);

    [Fact]
    public async Task A_page_is_published_at_its_slug_through_the_page_layout_with_the_government_metadata()
    {
        using var site = Site(("input/about.md", AboutUs));

        await site.BuildAsync();

        var html = site.ReadOutput("gywm/index.html");
        Assert.Contains("<article class=\"article single-page\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>关于我们</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p>苏州市人力资源和社会保障局是市政府工作部门。</p>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"SiteName\" content=\"测试人社局\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"本局简介。\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.gov.cn/news/gywm/\">", html, StringComparison.Ordinal);
        Assert.Contains("<li><span aria-current=\"page\">关于我们</span></li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_is_in_the_sitemap_and_the_site_map_page_but_in_no_listing_or_feed()
    {
        using var site = Site(("input/about.md", AboutUs));

        await site.BuildAsync();

        Assert.Contains("<loc>https://example.gov.cn/news/gywm/</loc>", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/news/gywm/\">关于我们</a></li>", site.ReadOutput("sitemap.html"), StringComparison.Ordinal);
        foreach (var file in new[] { "index.html", "zxzx/index.html", "atom.xml", "rss.xml", "archive/index.html", "archive/2024/index.html" })
        {
            Assert.DoesNotContain("关于我们", site.ReadOutput(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_file_under_input_pages_is_a_page_named_by_its_file_or_folder()
    {
        using var site = Site(
            ("input/pages/lxwm.md", "---\ntitle: 联系我们\n---\n\n电话：12333\n"),
            ("input/pages/jgzn/index.md", "---\ntitle: 机构职能\n---\n\n主要职责。\n"));

        var result = await site.BuildAsync();

        Assert.Contains("<h1>联系我们</h1>", site.ReadOutput("lxwm/index.html"), StringComparison.Ordinal);
        Assert.Contains("<h1>机构职能</h1>", site.ReadOutput("jgzn/index.html"), StringComparison.Ordinal);
        Assert.Equal(1, result.Articles);
    }

    [Fact]
    public async Task Pages_in_the_menu_follow_the_columns_in_weight_order()
    {
        using var site = Site(
            ("input/pages/lxwm.md", "---\ntitle: 联系我们\nmenu: true\nweight: 20\n---\n\n电话。\n"),
            ("input/pages/gywm.md", "---\ntitle: 关于苏州市人力资源和社会保障局\nmenu: 关于我们\nweight: 10\n---\n\n简介。\n"),
            ("input/pages/ldxx.md", "---\ntitle: 领导信息\n---\n\n局长。\n"));

        await site.BuildAsync();

        var nav = Nav(site.ReadOutput("index.html"));
        Assert.True(nav.IndexOf("资讯中心", StringComparison.Ordinal) < nav.IndexOf("<a href=\"/news/gywm/\">关于我们</a>", StringComparison.Ordinal));
        Assert.True(nav.IndexOf("/news/gywm/", StringComparison.Ordinal) < nav.IndexOf("<a href=\"/news/lxwm/\">联系我们</a>", StringComparison.Ordinal));
        Assert.DoesNotContain("领导信息", nav, StringComparison.Ordinal);
        Assert.True(site.OutputExists("ldxx/index.html"));
    }

    [Fact]
    public async Task A_page_dated_shows_when_it_was_revised()
    {
        using var site = Site(("input/pages/gywm.md", "---\ntitle: 关于我们\ndate: 2024-05-01\n---\n\n简介。\n"));

        await site.BuildAsync();

        Assert.Contains("更新日期：<time datetime=\"2024-05-01\">2024-05-01</time>", site.ReadOutput("gywm/index.html"), StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.gov.cn/news/gywm/</loc>\n    <lastmod>2024-05-01", site.ReadOutput("sitemap.xml").Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_page_is_left_out_and_listed_as_such()
    {
        using var site = Site(("input/pages/gywm.md", "---\ntitle: 关于我们\ndraft: true\n---\n\n简介。\n"));

        var result = await site.BuildAsync();

        Assert.False(site.OutputExists("gywm/index.html"));
        Assert.Contains(result.Excluded, e => e.SourceFile == "input/pages/gywm.md" && e.Reason == "draft");
    }

    [Theory]
    [InlineData("input/pages/关于我们.md", "---\ntitle: 关于我们\n---\n\n简介。\n", 1, "give the page a 'slug'")]
    [InlineData("input/pages/gywm.md", "---\ntitle: 关于我们\nweight: 第一\n---\n\n简介。\n", 3, "'weight' must be a whole number")]
    [InlineData("input/pages/gywm.md", "---\ntitle: 关于我们\ndate: 2024-13-01\n---\n\n简介。\n", 3, "'date' is when the page was last revised")]
    [InlineData("input/pages/gywm.md", "---\ntitle: 关于我们\nsection: [政务公开]\n---\n\n简介。\n", 3, "unknown key 'section'")]
    [InlineData("input/x.md", "---\ntype: pgae\ntitle: 关于我们\ndate: 2024-01-01\nsection: [政务公开]\n---\n\n简介。\n", 2, "'type' is 'article' (the default) or 'page'")]
    public async Task A_page_with_a_mistake_fails_the_build_at_the_line(string path, string text, int line, string message)
    {
        using var site = Site((path, text));

        var error = Assert.Single((await Assert.ThrowsAsync<GazetteException>(site.BuildAsync)).Errors);

        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_whose_slug_is_a_column_s_stops_the_build_naming_the_address()
    {
        using var site = Site(("input/pages/x.md", "---\ntitle: 冒名\nslug: zxzx\n---\n\n正文。\n"));

        var errors = (await Assert.ThrowsAsync<GazetteException>(site.BuildAsync)).Errors;

        Assert.Contains(errors, e => e.Message.Contains("/zxzx/index.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editing_a_page_renders_it_again_and_equals_a_clean_build()
    {
        using var site = Site(("input/pages/gywm.md", "---\ntitle: 关于我们\n---\n\n旧的简介。\n"));
        await site.BuildAsync();

        site.Write("input/pages/gywm.md", "---\ntitle: 关于我们\n---\n\n新的简介。\n");
        await site.BuildAsync();
        var incremental = site.Snapshot();
        Gazette.Build.SiteBuilder.ForgetCaches(site.Paths);
        await site.BuildAsync();

        Assert.Contains("新的简介", site.ReadOutput("gywm/index.html"), StringComparison.Ordinal);
        Assert.Equal(site.Snapshot(), incremental);
    }

    private static string Nav(string html) => html[html.IndexOf("<nav class=\"site-nav\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
}
