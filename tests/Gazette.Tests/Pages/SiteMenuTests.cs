using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Pages;

/// <summary>
/// The header menu comes from <c>_site.yml</c> (columns, pages and links elsewhere, in order), and every sub-column,
/// three levels deep, is reachable from it without JavaScript.
/// </summary>
public sealed class SiteMenuTests
{
    private const string ThreeLevels = """
        title: 测试人社局
        base_url: https://example.gov.cn
        base_path: /news/
        page_size: 2
        sections:
          - name: 资讯中心
            slug: zxzx
            sections:
              - name: 新闻动态
                slug: xwdt
                sections:
                  - name: 区县动态
                    slug: qxdt
              - name: 通知公告
                slug: tzgg
          - name: 政务公开
            slug: zwgk
          - name: 办事服务
            slug: bsfw

        """;

    private static TestSite Site(string menu, params (string Path, string Text)[] files) => TestSite.Create(
        [("input/_site.yml", ThreeLevels + menu),
         ("input/a.md", TestSite.Article("区县新闻", "2024-03-01", "[资讯中心, 新闻动态, 区县动态]", extra: "slug: a\n")),
         ("input/b.md", TestSite.Article("通知", "2024-03-02", "[资讯中心, 通知公告]", extra: "slug: b\n")),
         ("input/c.md", TestSite.Article("公开", "2024-03-03", "[政务公开]", extra: "slug: c\n")),
         ("input/pages/gywm.md", "---\ntitle: 关于我们\n---\n\n简介。\n"),
         .. files]);

    [Fact]
    public async Task The_menu_lists_columns_pages_and_links_elsewhere_in_the_order_settings_give()
    {
        using var site = Site("""
            menu:
              - page: gywm
              - section: 政务公开
              - name: 江苏政务服务网
                url: https://www.jszwfw.gov.cn/
              - section: zxzx
                name: 新闻中心

            """);

        await site.BuildAsync();

        var nav = Nav(site.ReadOutput("index.html"));
        string[] order = ["<a href=\"/news/\">首页</a>", "<a href=\"/news/gywm/\">关于我们</a>", "<a href=\"/news/zwgk/\">政务公开</a>", "<a href=\"https://www.jszwfw.gov.cn/\" rel=\"external noopener\">江苏政务服务网</a>", "<summary>新闻中心</summary>"];
        var positions = order.Select(o => nav.IndexOf(o, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.DoesNotContain("办事服务", nav, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_published_sub_column_three_levels_deep_is_in_a_disclosure_under_its_column_on_every_page()
    {
        using var site = Site(string.Empty);

        await site.BuildAsync();

        foreach (var page in new[] { "index.html", "zxzx/tzgg/202403/b.html", "gywm/index.html", "sitemap.html" })
        {
            var nav = Nav(site.ReadOutput(page));
            Assert.Contains("<li class=\"has-submenu\"><details><summary>资讯中心</summary>\n<ul class=\"submenu\">\n<li><a href=\"/news/zxzx/\">资讯中心</a></li>\n<li class=\"depth-1\"><a href=\"/news/zxzx/xwdt/\">新闻动态</a></li>\n<li class=\"depth-2\"><a href=\"/news/zxzx/xwdt/qxdt/\">区县动态</a></li>\n<li class=\"depth-1\"><a href=\"/news/zxzx/tzgg/\">通知公告</a></li>\n</ul>\n</details></li>", nav, StringComparison.Ordinal);
            Assert.Contains("<li><a href=\"/news/zwgk/\">政务公开</a></li>", nav, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_menu_page_that_is_not_published_is_left_out_with_a_warning_at_its_line()
    {
        using var site = Site("menu:\n  - section: 政务公开\n  - page: lxwm\n");

        var result = await site.BuildAsync();

        var warning = Assert.Single(result.Warnings, w => w.File == "input/_site.yml");
        Assert.Equal(ThreeLevels.Split('\n').Length + 2, warning.Line);
        Assert.Contains("no page with that slug is published", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lxwm", Nav(site.ReadOutput("index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("menu:\n  - section: 不存在\n", 1, "section '不存在' is not in 'sections'")]
    [InlineData("menu:\n  - name: 外链\n    url: javascript:alert(1)\n", 2, "must be an http or https address")]
    [InlineData("menu:\n  - url: https://www.gov.cn/\n", 1, "needs a 'name'")]
    [InlineData("menu:\n  - section: 政务公开\n    page: gywm\n", 1, "a menu item is one of")]
    [InlineData("menu: 政务公开\n", 0, "'menu' must be a list")]
    [InlineData("home:\n  - section: 政务公开\n    count: 0\n", 2, "'count' must be a whole number from 1 to 50")]
    [InlineData("home:\n  - count: 5\n", 1, "a home block names its column")]
    public async Task A_mistake_in_the_menu_or_home_settings_is_an_error_at_its_line(string yaml, int lineInYaml, string message)
    {
        using var site = Site(yaml);

        var error = Assert.Single((await Assert.ThrowsAsync<GazetteException>(site.BuildAsync)).Errors);

        Assert.Equal("input/_site.yml", error.File);
        Assert.Equal(ThreeLevels.Split('\n').Length + lineInYaml, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static string Nav(string html) => html[html.IndexOf("<nav class=\"site-nav\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
}
