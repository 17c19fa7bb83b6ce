using System.Globalization;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Gazette.Tests.Support;

namespace Gazette.Tests.Build;

/// <summary>
/// A generated site of 60 articles (three sections, one nested; four years; four topics; some tags and old addresses):
/// every article reachable from the home page, every page discoverable by machines.
/// </summary>
public sealed class DiscoverabilityTests : IClassFixture<DiscoverabilityTests.BuiltSites>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly BuiltSites _sites;

    public DiscoverabilityTests(BuiltSites sites) => _sites = sites;

    public static TheoryData<string> BasePaths() => new() { "/", "/news/" };

    /// <summary>The generated site built once at the root and once under /news/.</summary>
    public sealed class BuiltSites : IDisposable
    {
        private readonly Dictionary<string, TestSite> _sites = [];

        public BuiltSites()
        {
            foreach (var basePath in new[] { "/", "/news/" })
            {
                var site = GeneratedSite.Create(basePath);
                site.BuildAsync().GetAwaiter().GetResult();
                _sites[basePath] = site;
            }
        }

        internal TestSite this[string basePath] => _sites[basePath];

        public void Dispose()
        {
            foreach (var site in _sites.Values)
            {
                site.Dispose();
            }
        }
    }

    private static List<string> Titles(string html, string selector = ".listing > .article-list li a") =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(selector).Select(a => a.TextContent).ToList();

    private static IEnumerable<int> NewestFirst(IEnumerable<int> articles) =>
        articles.OrderByDescending(i => (GeneratedSite.Year(i), GeneratedSite.Month(i), 1 + (i % 28), i % 60)).ThenBy(GeneratedSite.SitePath, StringComparer.Ordinal);

    private static string Title(int i) => $"{GeneratedSite.Topics[GeneratedSite.Topic(i)]}工作第{i}期";

    [Fact]
    public void Section_listings_are_newest_first_and_paginated_at_the_page_size()
    {
        var site = _sites["/"];
        var expected = NewestFirst(Enumerable.Range(0, 60).Where(i => i % 3 == 1)).Select(Title).ToList();

        var listed = new[] { "tzgg/index.html", "tzgg/index_2.html", "tzgg/index_3.html" }.SelectMany(p => Titles(site.ReadOutput(p))).ToList();

        Assert.Equal(expected, listed);
        Assert.Equal([7, 7, 6], new[] { "tzgg/index.html", "tzgg/index_2.html", "tzgg/index_3.html" }.Select(p => Titles(site.ReadOutput(p)).Count));
        Assert.False(site.OutputExists("tzgg/index_4.html"));
    }

    [Fact]
    public void A_parent_section_lists_its_childrens_articles_and_an_empty_section_has_no_page()
    {
        var site = _sites["/"];

        var parent = Titles(site.ReadOutput("zxzx/index.html"));

        Assert.Equal(Titles(site.ReadOutput("zxzx/xwdt/index.html")), parent);
        Assert.False(site.OutputExists("ztzl/index.html"));
        Assert.DoesNotContain("专题专栏", site.ReadOutput("sitemap.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_home_page_lists_every_article_across_its_pages()
    {
        var site = _sites["/"];

        var listed = Enumerable.Range(1, 9).Select(n => n == 1 ? "index.html" : $"index_{n}.html").Where(site.OutputExists).SelectMany(p => Titles(site.ReadOutput(p))).ToList();

        Assert.Equal(NewestFirst(Enumerable.Range(0, 60)).Select(Title), listed);
    }

    [Fact]
    public void Archives_count_every_year_and_month()
    {
        var site = _sites["/"];
        var parser = new HtmlParser();

        var years = parser.ParseDocument(site.ReadOutput("archive/index.html")).QuerySelectorAll(".group-list li").Select(li => li.TextContent).ToList();
        var months = parser.ParseDocument(site.ReadOutput("archive/2019/index.html")).QuerySelectorAll(".group-list li a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(["2021年 (15)", "2020年 (15)", "2019年 (15)", "2018年 (15)"], years);
        var expectedMonths = Enumerable.Range(0, 60).Where(i => GeneratedSite.Year(i) == 2019).Select(GeneratedSite.Month).Distinct().OrderDescending()
            .Select(m => string.Create(CultureInfo.InvariantCulture, $"/archive/2019/{m:00}/")).ToList();
        Assert.Equal(expectedMonths, months);
        var august2019 = Enumerable.Range(0, 60).Where(i => GeneratedSite.Year(i) == 2019 && GeneratedSite.Month(i) == 8).ToList();
        Assert.NotEmpty(august2019);
        Assert.Equal(NewestFirst(august2019).Select(Title), Titles(site.ReadOutput("archive/2019/08/index.html")));
    }

    [Fact]
    public void Tag_pages_list_the_tagged_articles()
    {
        var site = _sites["/"];

        var tagged = Titles(site.ReadOutput("tags/招聘会/index.html"));

        Assert.Equal(NewestFirst(Enumerable.Range(0, 60).Where(i => i % 5 == 0 && GeneratedSite.Topic(i) == 3)).Select(Title), tagged);
        Assert.Contains("href=\"/tags/%E6%8B%9B%E8%81%98%E4%BC%9A/\"", site.ReadOutput("tags/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Previous_and_next_stay_within_the_section()
    {
        var site = _sites["/"];
        var section = NewestFirst(Enumerable.Range(0, 60).Where(i => i % 3 == 2)).ToList();
        var middle = section[5];

        var page = new HtmlParser().ParseDocument(site.ReadOutput(GeneratedSite.SitePath(middle)));
        var links = page.QuerySelectorAll(".article-neighbours a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(["/" + GeneratedSite.SitePath(section[4]), "/" + GeneratedSite.SitePath(section[6])], links);
        var newest = new HtmlParser().ParseDocument(site.ReadOutput(GeneratedSite.SitePath(section[0])));
        Assert.Equal(["下一篇：" + Title(section[1])], newest.QuerySelectorAll(".article-neighbours p").Select(p => p.TextContent));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(26)]
    [InlineData(47)]
    public void Related_articles_share_the_topic(int article)
    {
        var site = _sites["/"];

        var related = Titles(site.ReadOutput(GeneratedSite.SitePath(article)), ".related li a");

        Assert.Equal(5, related.Count);
        Assert.All(related, title => Assert.StartsWith(GeneratedSite.Topics[GeneratedSite.Topic(article)], title, StringComparison.Ordinal));
        Assert.DoesNotContain(Title(article), related);
    }

    [Fact]
    public void Atom_feeds_have_their_required_elements_and_absolute_links()
    {
        var site = _sites["/news/"];

        foreach (var path in new[] { "atom.xml", "zxzx/xwdt/atom.xml", "tzgg/atom.xml" })
        {
            var feed = XDocument.Parse(site.ReadOutput(path)).Root!;
            Assert.Equal(Atom + "feed", feed.Name);
            Assert.False(string.IsNullOrEmpty(feed.Element(Atom + "title")?.Value));
            Assert.Equal($"https://example.gov.cn/news/{path}", feed.Element(Atom + "id")?.Value);
            Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
            var entries = feed.Elements(Atom + "entry").ToList();
            Assert.Equal(10, entries.Count);
            foreach (var entry in entries)
            {
                Assert.StartsWith("https://example.gov.cn/news/", entry.Element(Atom + "id")?.Value, StringComparison.Ordinal);
                Assert.False(string.IsNullOrEmpty(entry.Element(Atom + "title")?.Value));
                Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
                Assert.StartsWith("https://example.gov.cn/news/", entry.Element(Atom + "link")?.Attribute("href")?.Value, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Rss_feeds_have_their_required_elements_and_absolute_links()
    {
        var site = _sites["/news/"];

        var channel = XDocument.Parse(site.ReadOutput("zxzx/xwdt/rss.xml")).Root!.Element("channel")!;

        Assert.Equal("https://example.gov.cn/news/zxzx/xwdt/", channel.Element("link")?.Value);
        Assert.False(string.IsNullOrEmpty(channel.Element("title")?.Value));
        Assert.False(string.IsNullOrEmpty(channel.Element("description")?.Value));
        var items = channel.Elements("item").ToList();
        Assert.Equal(10, items.Count);
        var expected = NewestFirst(Enumerable.Range(0, 60).Where(i => i % 3 == 0)).Take(10).Select(i => "https://example.gov.cn/news/" + GeneratedSite.SitePath(i));
        Assert.Equal(expected, items.Select(i => i.Element("link")?.Value));
        Assert.All(items, item => Assert.Matches(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+0800$", item.Element("pubDate")?.Value));
    }

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void The_sitemap_is_valid_and_lists_every_page_but_redirects_404_and_search(string basePath)
    {
        var site = _sites[basePath];
        var xml = site.ReadOutput("sitemap.xml");

        Assert.Empty(SitemapSchemas.Validate(xml));
        var listed = XDocument.Parse(xml).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToHashSet();
        var pages = site.Snapshot().Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal) && k != "404.html" && k != "search.html" && !k.EndsWith(".shtml", StringComparison.Ordinal)
            && !k.StartsWith("art/", StringComparison.Ordinal) && !k.StartsWith("old/", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            var link = page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
            Assert.Contains("https://example.gov.cn" + basePath + string.Join('/', link.Split('/').Select(Uri.EscapeDataString)), listed);
        }
    }

    [Fact]
    public void The_site_map_page_lists_sections_with_counts_and_every_footer_links_it()
    {
        var site = _sites["/"];
        var parser = new HtmlParser();

        var rows = parser.ParseDocument(site.ReadOutput("sitemap.html")).QuerySelectorAll(".site-map-table tbody tr")
            .Select(tr => string.Join('|', tr.QuerySelectorAll("td").Select(td => td.TextContent))).ToList();

        string Day(int i) => string.Create(CultureInfo.InvariantCulture, $"{GeneratedSite.Year(i)}-{GeneratedSite.Month(i):00}-{1 + (i % 28):00}");
        string Newest(int section) => Day(NewestFirst(Enumerable.Range(0, 60).Where(i => i % 3 == section)).First());
        Assert.Equal(["资讯中心|20|" + Newest(0), "新闻动态|20|" + Newest(0), "通知公告|20|" + Newest(1), "政策解读|20|" + Newest(2)], rows);
        foreach (var (path, bytes) in site.Snapshot().Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && !f.Key.EndsWith("shtml", StringComparison.Ordinal) && !f.Key.StartsWith("art/", StringComparison.Ordinal) && !f.Key.StartsWith("old/", StringComparison.Ordinal)))
        {
            var footer = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes)).QuerySelector("footer");
            Assert.True(footer?.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == "/sitemap.html" && a.TextContent == "网站地图"), $"{path} has no 网站地图 link in its footer");
        }
    }

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void Old_addresses_redirect_to_the_new_ones(string basePath)
    {
        var site = _sites[basePath];
        var parser = new HtmlParser();
        var newLink = basePath + GeneratedSite.SitePath(7);

        foreach (var old in new[] { "art/2019/legacy.html", "old/notice/index.html" })
        {
            var page = parser.ParseDocument(site.ReadOutput(old));
            Assert.Equal("0; url=" + newLink, page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
            Assert.Equal("https://example.gov.cn" + newLink, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        }

        var oldId = 20.ToString("x32", CultureInfo.InvariantCulture);
        var ruled = string.Create(CultureInfo.InvariantCulture, $"szrsj/xwdt/{GeneratedSite.Year(30)}{GeneratedSite.Month(30):00}/{30:x32}.shtml");
        Assert.Contains("0; url=" + basePath + GeneratedSite.SitePath(30), site.ReadOutput(ruled), StringComparison.Ordinal);
        Assert.True(site.OutputExists(string.Create(CultureInfo.InvariantCulture, $"{GeneratedSite.SectionPath(20)}/{GeneratedSite.Year(20)}{GeneratedSite.Month(20):00}/{oldId}.shtml")), "articles in a section without old_path keep their slug path");
        var map = site.ReadDeploy("redirects.map");
        Assert.Contains($"{basePath}{ruled} {basePath}{GeneratedSite.SitePath(30)};\n", map, StringComparison.Ordinal);
        Assert.Contains($"{basePath}old/notice/ {newLink};\n", map, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BasePaths))]
    public void No_internal_link_is_broken(string basePath)
    {
        var (broken, followed) = SiteLinks.Check(_sites[basePath].Snapshot(), basePath);

        Assert.Empty(broken);
        Assert.True(followed > 2000, $"only {followed} links were followed");
    }
}
