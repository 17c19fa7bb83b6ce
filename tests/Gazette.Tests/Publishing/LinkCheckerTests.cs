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

        var broken = new LinkChecker("/news/").Check(files);

        Assert.Equal(
            [new BrokenLink("index.html", "/news/missing.html"), new BrokenLink("index.html", "pic.png"), new BrokenLink("a/index.html", "/elsewhere/x.css")],
            broken);
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
}
