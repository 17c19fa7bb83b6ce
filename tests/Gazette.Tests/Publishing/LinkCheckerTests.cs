using Gazette.Diagnostics;
using Gazette.Output;
using Gazette.Pages;
using Gazette.Publishing;
using Gazette.Tests.Support;

namespace Gazette.Tests.Publishing;

public sealed class LinkCheckerTests
{
    private static OutputFile Page(string path, string html) => new(path, System.Text.Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Finds_links_to_files_that_were_not_built()
    {
        var files = new[]
        {
            Page("index.html", "<a href=\"/news/a/\">a</a> <a href='/news/missing.html'>m</a> <img src=\"pic.png\"> <a href=\"https://other.gov.cn/x\">x</a> <a href=\"#top\">t</a>"),
            Page("a/index.html", "<a href=\"../index.html\">up</a> <link href=\"/elsewhere/x.css\">"),
        };

        var broken = new LinkChecker("/news/").Broken(
            [.. files.Select(f => f.SitePath)], files.Select(f => f.SitePath).ToHashSet(StringComparer.Ordinal), page => files.Single(f => f.SitePath == page).Content);

        Assert.Equal(
            [new BrokenLink("index.html", "/news/missing.html"), new BrokenLink("index.html", "pic.png"), new BrokenLink("a/index.html", "/elsewhere/x.css")],
            broken);
    }

    [Fact]
    public void The_same_link_on_pages_in_different_folders_leads_where_it_says_from_each()
    {
        var checker = new LinkChecker("/news/");
        const string Html = "<a href=\"/news/zxzx/a.html?x=1#top\">a</a><a href=\"b.html\">b</a><a href=\"/news/&#x5f53;.html\">c</a><a href=\"/news/../up.html\">u</a>";

        // Asked twice for each page, in both orders, so that a link remembered from one page is seen from the other.
        var fromRoot = new[] { "index.html", "zxzx/index.html", "index.html" }.Select(page => checker.Links(page, System.Text.Encoding.UTF8.GetBytes(Html)).ToList()).ToList();
        var fromFolder = checker.Links("zxzx/index.html", System.Text.Encoding.UTF8.GetBytes(Html)).ToList();

        Assert.Equal(
            [("/news/zxzx/a.html?x=1#top", "zxzx/a.html"), ("b.html", "b.html"), ("/news/当.html", "当.html"), ("/news/../up.html", "(above the site root) /news/../up.html")],
            fromRoot[0]);
        Assert.Equal(fromRoot[0], fromRoot[2]);
        Assert.Equal(("b.html", "zxzx/b.html"), fromRoot[1][1]);
        Assert.Equal(fromRoot[1], fromFolder);
        Assert.Equal(fromRoot[0].Where(l => l.Link != "b.html"), fromFolder.Where(l => l.Link != "b.html"));
    }

    [Fact]
    public async Task A_broken_link_in_an_article_fails_the_build_naming_its_markdown_file()
    {
        using var site = TestSite.Create(
            ("input/_site.yml", TestSite.Settings),
            ("input/a.md", TestSite.Article("标题", "2021-01-08", "[政务公开]", body: "见[旧文](/zwgk/202001/gone.html)。", extra: "slug: a\n")));

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        var error = Assert.Single(exception.Errors);
        Assert.Equal("input/a.md", error.File);
        Assert.Contains("broken link '/zwgk/202001/gone.html'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_link_in_a_body_is_named_at_its_line_as_written()
    {
        var text = TestSite.Article("标题", "2021-01-08", "[政务公开]", body: "第一段。\n\n第二段见[旧文](/zwgk/202001/gone.html)。", extra: "slug: a\n");
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings), ("input/a.md", text));

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        var error = Assert.Single(exception.Errors);
        Assert.Equal(Array.FindIndex(text.Split('\n'), l => l.Contains("gone.html", StringComparison.Ordinal)) + 1, error.Line);
        Assert.StartsWith("broken link '/zwgk/202001/gone.html': nothing is published there", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_base_path_a_root_relative_body_link_is_written_in_the_site_and_a_broken_one_is_named_as_written()
    {
        var settings = TestSite.Settings.Replace("page_size: 2", "page_size: 2\nbase_path: /news/", StringComparison.Ordinal);
        using var site = TestSite.Create(
            ("input/_site.yml", settings),
            ("input/b.md", TestSite.Article("被链接的文章", "2021-01-07", "[政务公开]", extra: "slug: b\n")),
            ("input/a.md", TestSite.Article("标题", "2021-01-08", "[政务公开]", body: "见[上一篇](/zwgk/202101/b.html)和[首页](/)。", extra: "slug: a\n")));

        await site.BuildAsync();

        var page = site.ReadOutput("zwgk/202101/a.html");
        Assert.Contains("href=\"/news/zwgk/202101/b.html\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/news/\"", page, StringComparison.Ordinal);

        site.Write("input/a.md", TestSite.Article("标题", "2021-01-08", "[政务公开]", body: "见[旧文](/zwgk/202001/gone.html)。", extra: "slug: a\n"));
        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("input/a.md", 8), (error.File, error.Line));
        Assert.Contains("broken link '/zwgk/202001/gone.html' (under base_path: '/news/zwgk/202001/gone.html')", error.Message, StringComparison.Ordinal);
    }
}
