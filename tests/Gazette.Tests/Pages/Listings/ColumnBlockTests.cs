using Gazette.Tests.Support;

namespace Gazette.Tests.Pages.Listings;

/// <summary>
/// The home page opens with a block per chosen column (its newest titles with dates and 更多>>), then the latest list;
/// a parent column's listing opens with a block per sub-column, so that 新闻动态 and 通知公告 are a tap away from 资讯中心.
/// </summary>
public sealed class ColumnBlockTests
{
    private static TestSite Site(string extraSettings = "")
    {
        var files = new List<(string, string)> { ("input/_site.yml", TestSite.Settings + extraSettings) };
        for (var day = 1; day <= 6; day++)
        {
            files.Add(($"input/x{day}.md", TestSite.Article($"新闻{day}", $"2024-03-0{day}", "[资讯中心, 新闻动态]", extra: $"slug: x{day}\n")));
            files.Add(($"input/t{day}.md", TestSite.Article($"通知{day}", $"2024-02-0{day}", "[资讯中心, 通知公告]", extra: $"slug: t{day}\n")));
        }

        files.Add(("input/g1.md", TestSite.Article("公开1", "2024-01-01", "[政务公开]", extra: "slug: g1\n")));
        return TestSite.Create([.. files]);
    }

    [Fact]
    public async Task The_home_page_shows_the_columns_home_names_with_as_many_titles_as_it_says_then_the_latest_list()
    {
        using var site = Site("home:\n  - section: 资讯中心/通知公告\n    count: 3\n  - section: zwgk\n");

        await site.BuildAsync();

        var html = site.ReadOutput("index.html");
        var notices = Block(html, "通知公告");
        Assert.Equal(3, Count(notices, "<li>"));
        Assert.Contains("<li><a href=\"/zxzx/tzgg/202402/t6.html\">通知6</a><time datetime=\"2024-02-06\">2024-02-06</time></li>", notices, StringComparison.Ordinal);
        Assert.Contains("<p class=\"more\"><a href=\"/zxzx/tzgg/\">更多<span class=\"visually-hidden\">通知公告</span>&gt;&gt;</a></p>", notices, StringComparison.Ordinal);
        Assert.True(html.IndexOf(">通知公告</a></h2>", StringComparison.Ordinal) < html.IndexOf(">政务公开</a></h2>", StringComparison.Ordinal));
        Assert.DoesNotContain(">新闻动态</a></h2>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("</div>\n<h2 class=\"list-heading\">最新发布</h2>", StringComparison.Ordinal) > html.IndexOf(">政务公开</a></h2>", StringComparison.Ordinal));
        Assert.DoesNotContain("column-block", site.ReadOutput("index_2.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_home_settings_each_top_column_gets_a_block_of_eight()
    {
        using var site = Site();

        await site.BuildAsync();

        var html = site.ReadOutput("index.html");
        Assert.Equal(8, Count(Block(html, "资讯中心"), "<li>"));
        Assert.Equal(1, Count(Block(html, "政务公开"), "<li>"));
    }

    [Fact]
    public async Task A_parent_column_s_listing_shows_each_sub_column_with_its_newest_titles()
    {
        using var site = Site();

        await site.BuildAsync();

        var html = site.ReadOutput("zxzx/index.html");
        Assert.Equal(5, Count(Block(html, "新闻动态"), "<li>"));
        Assert.Equal(5, Count(Block(html, "通知公告"), "<li>"));
        Assert.Contains("<h2 class=\"list-heading\">最新文章</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("column-block", site.ReadOutput("zxzx/xwdt/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("column-block", site.ReadOutput("zxzx/index_2.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_article_leaves_the_blocks_as_it_leaves_the_lists()
    {
        using var site = Site("home:\n  - section: 政务公开\n");
        site.Write("input/g1.md", TestSite.Article("公开1", "2024-01-01", "[政务公开]", extra: "slug: g1\nexpires: 2024-02-01\n"));
        site.Write("input/g2.md", TestSite.Article("公开2", "2024-01-02", "[政务公开]", extra: "slug: g2\n"));

        await site.BuildAsync();

        var block = Block(site.ReadOutput("index.html"), "政务公开");
        Assert.Contains("公开2", block, StringComparison.Ordinal);
        Assert.DoesNotContain("公开1", block, StringComparison.Ordinal);
    }

    private static string Block(string html, string name)
    {
        var start = html.IndexOf($">{name}</a></h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no block for {name}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;
}
