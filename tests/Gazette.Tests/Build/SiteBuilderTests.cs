using AngleSharp.Html.Parser;
using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Build;

/// <summary>Builds small inline sites end to end and checks what a reader and a crawler would see.</summary>
public sealed class SiteBuilderTests
{
    private static TestSite NewsSite(string settings = TestSite.Settings) => TestSite.Create(
        ("input/_site.yml", settings),
        ("input/news/n1.md", TestSite.Article("一月新闻", "2021-01-08T09:00:00+08:00", "[资讯中心, 新闻动态]", extra: "slug: n1\nsource: 测试人社局\n")),
        ("input/news/n2.md", TestSite.Article("三月新闻", "2021-03-01", "[资讯中心, 新闻动态]", extra: "slug: n2\n")),
        ("input/news/n3.md", TestSite.Article("去年新闻", "2020-12-31T23:59:00+08:00", "[资讯中心, 新闻动态]", extra: "slug: n3\n")),
        ("input/gov/g2.md", TestSite.Article("公开二", "2021-02-15T10:00:00+08:00", "[政务公开]", extra: "slug: g2\n")),
        ("input/gov/g1.md", TestSite.Article("公开一", "2021-02-15T10:00:00+08:00", "[政务公开]", extra: "slug: g1\n")));

    private static List<string> ListedTitles(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(".listing > .article-list li a").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task Lists_newest_first_with_a_stable_tie_break_and_paginates()
    {
        using var site = NewsSite();

        var result = await site.BuildAsync();

        Assert.Equal(5, result.Articles);
        Assert.Equal(["三月新闻", "公开一"], ListedTitles(site.ReadOutput("index.html")));
        Assert.Equal(["公开二", "一月新闻"], ListedTitles(site.ReadOutput("index_2.html")));
        Assert.Equal(["去年新闻"], ListedTitles(site.ReadOutput("index_3.html")));
        Assert.False(site.OutputExists("index_4.html"));
        Assert.Equal(["三月新闻", "一月新闻"], ListedTitles(site.ReadOutput("zxzx/index.html")));
        Assert.Equal(["去年新闻"], ListedTitles(site.ReadOutput("zxzx/index_2.html")));
        Assert.Equal(["三月新闻", "一月新闻"], ListedTitles(site.ReadOutput("zxzx/xwdt/index.html")));
        Assert.Equal(["公开一", "公开二"], ListedTitles(site.ReadOutput("zwgk/index.html")));
        Assert.False(site.OutputExists("zwgk/index_2.html"));
    }

    [Fact]
    public async Task Every_list_item_shows_its_date()
    {
        using var site = NewsSite();

        await site.BuildAsync();

        var items = new HtmlParser().ParseDocument(site.ReadOutput("index.html")).QuerySelectorAll(".listing > .article-list li");
        Assert.Equal(["2021-03-01", "2021-02-15"], items.Select(li => li.QuerySelector("time")!.TextContent));
    }

    [Fact]
    public async Task A_section_without_articles_gets_no_page_and_is_reported()
    {
        using var site = NewsSite();

        var result = await site.BuildAsync();

        Assert.Equal(["通知公告"], result.EmptySections.Select(s => s.Name));
        Assert.False(site.OutputExists("zxzx/tzgg/index.html"));
    }

    [Fact]
    public async Task Pagination_links_lead_to_the_neighbouring_pages()
    {
        using var site = NewsSite();

        await site.BuildAsync();

        var second = new HtmlParser().ParseDocument(site.ReadOutput("index_2.html"));
        Assert.Equal("/", second.QuerySelector(".pagination a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/index_3.html", second.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("2", second.QuerySelector(".pagination [aria-current=page]")?.TextContent);
    }

    [Fact]
    public async Task An_article_page_has_its_title_date_source_breadcrumbs_and_footer()
    {
        using var site = NewsSite();

        await site.BuildAsync();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("zxzx/xwdt/202101/n1.html"));
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("一月新闻", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("2021-01-08 09:00", page.QuerySelector(".article-meta time")?.TextContent);
        Assert.Contains("来源：测试人社局", page.QuerySelector(".article-meta")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["首页", "资讯中心", "新闻动态", "一月新闻"], page.QuerySelectorAll(".breadcrumbs li").Select(li => li.TextContent));
        Assert.Equal("https://example.gov.cn/zxzx/xwdt/202101/n1.html", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains("网站标识码：1234567890", page.QuerySelector("footer")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://beian.miit.gov.cn/", page.QuerySelectorAll("footer a").First(a => a.TextContent.Contains("ICP", StringComparison.Ordinal)).GetAttribute("href"));
        Assert.Equal("2021-01-08 09:00", page.QuerySelector("meta[name=PubDate]")?.GetAttribute("content"));
        Assert.Equal("新闻动态", page.QuerySelector("meta[name=ColumnName]")?.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/news/")]
    public async Task Every_internal_link_resolves_to_a_built_file(string basePath)
    {
        using var site = NewsSite(TestSite.Settings.Replace("page_size: 2", $"page_size: 2\nbase_path: {basePath}", StringComparison.Ordinal));

        await site.BuildAsync();

        var (broken, checkedLinks) = SiteLinks.Check(site.Snapshot(), basePath);

        Assert.Empty(broken);
        Assert.True(checkedLinks > 50, $"only {checkedLinks} links were checked");
    }

    [Fact]
    public async Task Every_page_is_well_formed_html5_in_chinese()
    {
        using var site = NewsSite();

        await site.BuildAsync();

        foreach (var (path, bytes) in site.Snapshot().Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var errors = new List<string>();
            var parser = new HtmlParser();
            parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message);
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            var document = parser.ParseDocument(html);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.True(errors.Count == 0, $"{path}: {string.Join("; ", errors)}");
            Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.NotNull(document.QuerySelector("main"));
            // Readable without JavaScript: nothing is loaded from elsewhere, the one inline script only remembers the
            // reading modes, and only the search page loads a script, the site's own.
            Assert.Equal(path == "search.html" ? 1 : 0, document.QuerySelectorAll("script[src]").Length);
            Assert.All(document.QuerySelectorAll("script[src]"), s => Assert.Matches("^/assets/search\\.[0-9a-f]{10}\\.js$", s.GetAttribute("src")));
            Assert.Equal(path == "search.html" ? 2 : 1, document.QuerySelectorAll("script:not([type])").Length);
        }
    }

    [Fact]
    public async Task The_sitemap_is_valid_and_dates_every_page()
    {
        using var site = NewsSite();

        await site.BuildAsync();

        var xml = site.ReadOutput("sitemap.xml");
        Assert.Empty(SitemapSchemas.Validate(xml));
        var document = System.Xml.Linq.XDocument.Parse(xml);
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = document.Root!.Elements(ns + "url").ToList();
        // Articles, home (3 pages), sections (2 + 2 + 1), archive (index, 2021 on 2 pages, 2020, 4 months), 网站地图.
        Assert.Equal(5 + 3 + (2 + 2 + 1) + (1 + 2 + 1 + 4) + 1, urls.Count);
        Assert.All(urls, u => Assert.StartsWith("https://example.gov.cn/", u.Element(ns + "loc")?.Value, StringComparison.Ordinal));
        Assert.All(urls, u => Assert.False(string.IsNullOrEmpty(u.Element(ns + "lastmod")?.Value)));
        Assert.Contains(urls, u => u.Element(ns + "loc")?.Value == "https://example.gov.cn/zxzx/xwdt/202103/n2.html" && u.Element(ns + "lastmod")?.Value == "2021-03-01");
        Assert.Contains("Sitemap: https://example.gov.cn/sitemap.xml", site.ReadOutput("robots.txt"), StringComparison.Ordinal);
        Assert.True(site.OutputExists("404.html"));
        var stylesheet = System.Text.RegularExpressions.Regex.Match(site.ReadOutput("index.html"), "href=\"/(assets/gazette\\.[0-9a-f]{10}\\.css)\"").Groups[1].Value;
        Assert.True(site.OutputExists(stylesheet), "the home page links the stylesheet under its content-hashed name");
    }

    [Fact]
    public async Task The_same_input_builds_byte_identical_output()
    {
        using var site = NewsSite();
        await site.BuildAsync();
        var first = site.Snapshot();

        await site.BuildAsync();

        Assert.Equal(first, site.Snapshot());
    }

    [Fact]
    public async Task A_broken_front_matter_fails_the_build_and_leaves_output_untouched()
    {
        using var site = NewsSite();
        await site.BuildAsync();
        var deployed = site.Snapshot();
        var serverSettings = site.Snapshot(site.Paths.Deploy);
        site.Write("input/news/n1.md", "---\ntitle: 一月新闻\ndate: 2021-01-08\nsection: [资讯中心, 新闻动态]\n  source: 缩进错了: 这里\n---\n");

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        var error = Assert.Single(exception.Errors);
        Assert.Equal("input/news/n1.md", error.File);
        Assert.Equal(5, error.Line);
        Assert.Equal(deployed, site.Snapshot());
        Assert.Equal(serverSettings, site.Snapshot(site.Paths.Deploy));
        Assert.Equal([".gazette", "deploy", "input", "output", "theme"], Directory.GetDirectories(site.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task An_unclosed_bracket_fails_the_build_naming_the_file()
    {
        using var site = NewsSite();
        site.Write("input/news/n1.md", "---\ntitle: 一月新闻\ndate: [2021\nsection: [资讯中心, 新闻动态]\n---\n");

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        Assert.Equal("input/news/n1.md", Assert.Single(exception.Errors).File);
    }

    [Fact]
    public async Task An_unknown_section_fails_the_build_naming_file_and_line()
    {
        using var site = NewsSite();
        site.Write("input/bad.md", TestSite.Article("错栏目", "2021-01-01", "[不存在的栏目]"));

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("input/bad.md", 4), (error.File, error.Line));
        Assert.False(Directory.Exists(site.Paths.Output));
    }

    [Fact]
    public async Task Text_from_front_matter_and_body_is_never_markup()
    {
        using var site = NewsSite();
        site.Write("input/x.md", TestSite.Article("<script>alert(1)</script>标题", "2021-04-01", "[政务公开]", body: "<img src=x onerror=alert(1)> 正文", extra: "slug: x\n"));

        await site.BuildAsync();

        var html = site.ReadOutput("zwgk/202104/x.html");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;标题", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_characters_pasted_into_an_article_do_not_break_pages_or_feeds()
    {
        using var site = NewsSite();
        site.Write("input/x.md", TestSite.Article("\"标题\u0007\u001B\"", "2021-04-01", "[政务公开]", body: "正文\u0001内容", extra: "slug: x\nsummary: \"摘要\u000B\"\n"));

        await site.BuildAsync();

        Assert.Contains("<h1>标题</h1>", site.ReadOutput("zwgk/202104/x.html"), StringComparison.Ordinal);
        Assert.Contains("<p>正文内容</p>", site.ReadOutput("zwgk/202104/x.html"), StringComparison.Ordinal);
        Assert.Equal("标题", System.Xml.Linq.XDocument.Parse(site.ReadOutput("atom.xml")).Descendants("{http://www.w3.org/2005/Atom}entry").First().Element("{http://www.w3.org/2005/Atom}title")?.Value);
    }

    [Fact]
    public async Task Two_articles_at_one_address_fail_the_build_naming_both()
    {
        using var site = NewsSite();
        site.Write("input/news/copy.md", TestSite.Article("重复", "2021-01-20", "[资讯中心, 新闻动态]", extra: "slug: n1\n"));

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        Assert.Contains("input/news/copy.md and input/news/n1.md", Assert.Single(exception.Errors).Message, StringComparison.Ordinal);
    }
}
