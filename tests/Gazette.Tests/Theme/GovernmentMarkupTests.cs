using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gazette.Tests.Support;

namespace Gazette.Tests.Theme;

/// <summary>What the State Council's rules and search engines look for, on every page the theme renders.</summary>
public sealed partial class GovernmentMarkupTests
{
    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string? Meta(IHtmlDocument page, string name) =>
        page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

    private static string? Property(IHtmlDocument page, string name) =>
        page.QuerySelector($"meta[property='{name}']")?.GetAttribute("content");

    private static IEnumerable<(string Path, IHtmlDocument Page)> Pages(TestSite site) =>
        Directory.EnumerateFiles(site.Paths.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(site.Paths.Output, f).Replace('\\', '/'), Parse(File.ReadAllText(f))))
            .Where(p => p.Item2.QuerySelector("meta[http-equiv='refresh']") is null);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$")]
    private static partial Regex PubDatePattern();

    [Fact]
    public async Task Every_page_carries_the_site_marks_the_canonical_link_and_the_footer_filings()
    {
        using var site = await ThemeSites.Bureau();
        var pages = Pages(site).ToList();

        Assert.True(pages.Count > 5);
        Assert.All(pages, p =>
        {
            Assert.Equal("zh-CN", p.Page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("苏州市人力资源和社会保障局", Meta(p.Page, "SiteName"));
            Assert.False(string.IsNullOrEmpty(Meta(p.Page, "SiteDomain")), p.Path);
            Assert.False(string.IsNullOrEmpty(Meta(p.Page, "SiteIDCode")), p.Path);
            Assert.StartsWith("http", p.Page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), StringComparison.Ordinal);
            Assert.Equal(p.Page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Property(p.Page, "og:url"));
            Assert.NotNull(Property(p.Page, "og:title"));
            var footer = p.Page.QuerySelector("footer")!;
            Assert.Contains("主办单位", footer.TextContent, StringComparison.Ordinal);
            Assert.Contains("网站标识码", footer.TextContent, StringComparison.Ordinal);
            Assert.NotNull(footer.QuerySelector("a[href='https://beian.miit.gov.cn/']"));
            Assert.NotNull(footer.QuerySelector("a[href^='https://beian.mps.gov.cn/']"));
            Assert.NotNull(footer.QuerySelector("a[href$='sitemap.html']"));
        });
    }

    [Fact]
    public async Task Lists_and_articles_name_their_column_and_articles_their_title_date_and_source()
    {
        using var site = await ThemeSites.Bureau();
        var article = Parse(site.ReadOutput("zxzx/xwdt/202101/e0b2ebfcac031705.html"));
        var list = Parse(site.ReadOutput("zxzx/xwdt/index.html"));

        Assert.Equal("新闻动态", Meta(list, "ColumnName"));
        Assert.Equal("新闻动态", Meta(article, "ColumnName"));
        Assert.NotNull(Meta(article, "ColumnType"));
        Assert.Equal(article.QuerySelector("h1")!.TextContent, Meta(article, "ArticleTitle"));
        Assert.Matches(PubDatePattern(), Meta(article, "PubDate"));
        Assert.False(string.IsNullOrEmpty(Meta(article, "ContentSource")));
        Assert.Equal("article", Property(article, "og:type"));
        Assert.Equal("website", Property(list, "og:type"));
    }

    [Fact]
    public async Task An_article_describes_itself_as_a_news_article_in_json_ld_that_cannot_break_out_of_its_script()
    {
        using var site = GeneratedSite.Create();
        site.Write("input/generated/tricky.md", TestSite.Article("标题</script><b>x</b> & “引号”", "2022-02-02T08:00:00+08:00", "[通知公告]", "正文。", "slug: tricky\nsummary: 摘要\n"));
        await site.BuildAsync();
        var page = Parse(site.ReadOutput("tzgg/202202/tricky.html"));

        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        var json = JsonDocument.Parse(Assert.Single(scripts).TextContent).RootElement;

        Assert.Equal("NewsArticle", json.GetProperty("@type").GetString());
        Assert.Equal("标题</script><b>x</b> & “引号”", json.GetProperty("headline").GetString());
        Assert.Equal("2022-02-02T08:00:00+08:00", json.GetProperty("datePublished").GetString());
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), json.GetProperty("url").GetString());
        Assert.Equal("摘要", json.GetProperty("description").GetString());
        Assert.DoesNotContain("</script><b>", site.ReadOutput("tzgg/202202/tricky.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_article_warns_shows_its_archive_date_and_its_public_information_table()
    {
        using var site = await ThemeSites.Generated();
        var page = Parse(site.ReadOutput(ThemeSites.WithdrawnArticle));
        var current = Parse(site.ReadOutput(GeneratedSite.SitePath(5)));

        Assert.Contains("已废止", page.QuerySelector(".status-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Null(current.QuerySelector(".status-banner"));
        Assert.Contains("归档时间：2021-01-05", page.QuerySelector(".article-meta")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll(".public-info tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent)).ToList();
        Assert.Contains(("索引号", "014000319/2019-00123"), rows);
        Assert.Contains(("文号", "苏人社发〔2019〕12号"), rows);
        Assert.Contains(("有效性", "已废止"), rows);
        Assert.Contains(("主题分类", "劳动、人事、监察"), rows);
        Assert.Contains(("关键词", "职业培训;补贴"), rows);
        Assert.Null(current.QuerySelector(".public-info"));
    }

    [Fact]
    public async Task An_article_page_with_its_stylesheet_stays_under_forty_kilobytes_and_asks_nothing_of_other_sites()
    {
        using var site = await ThemeSites.Bureau();
        var css = new FileInfo(Directory.GetFiles(Path.Combine(site.Paths.Output, "assets"), "gazette.*.css").Single()).Length;

        foreach (var (path, page) in Pages(site))
        {
            var html = new FileInfo(Path.Combine(site.Paths.Output, path)).Length;
            if (page.QuerySelector("article") is not null)
            {
                Assert.True(html + css < 40 * 1024, $"{path}: {html} bytes of HTML and {css} of CSS");
            }

            var fetched = page.QuerySelectorAll("link[rel=stylesheet], script[src], img[src], iframe[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? string.Empty);
            Assert.All(fetched, url => Assert.StartsWith("/", url, StringComparison.Ordinal));
        }
    }
}
