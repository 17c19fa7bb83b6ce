using AngleSharp.Html.Parser;
using Gazette.Tests.Support;

namespace Gazette.Tests.Content;

/// <summary>Links in article bodies may only use http, https, mailto, tel or be paths: anything else is shown as text and warned about.</summary>
public sealed class SafeLinkTests
{
    // Body lines are file lines 8 onwards: front matter takes lines 1-6 and a blank line 7.
    private const string ScriptBody = """
        正文[一](javascript:alert(1))。

        <javascript:alert(2)>

        [三][r]

        [r]: javascript:alert(3)

        [四](JAVASCRIPT:alert(4))

        [五](&#106;avascript:alert(5))

        [六](java&#x09;script:alert(6))

        | 表头 |
        |---|
        | [七](javascript:alert(7)) |

        [八](data:text/html;base64,PHNjcmlwdD4=)

        [九](vbscript:msgbox(9))

        ![图十](javascript:alert(10))

        [好](https://www.gov.cn/) [好二](http://a.gov.cn/) [信](mailto:a@b.cn) [电](tel:12333) [内](/zwgk/) [锚](#top)
        """;

    private static readonly int[] ScriptLines = [8, 10, 12, 16, 18, 20, 24, 26, 28, 30];

    private static TestSite SiteWith(string body) => TestSite.Create(
        ("input/_site.yml", TestSite.Settings),
        ("input/x.md", TestSite.Article("链接", "2021-04-01", "[政务公开]", body: body, extra: "slug: x\n")),
        ("input/y.md", TestSite.Article("另一篇", "2021-03-01", "[政务公开]", extra: "slug: y\n")));

    private static bool IsAllowed(string url)
    {
        var normalised = new string([.. url.Where(c => c > ' ')]).ToLowerInvariant();
        return normalised.StartsWith('/') || normalised.StartsWith('#')
            || new[] { "http:", "https:", "mailto:", "tel:" }.Any(s => normalised.StartsWith(s, StringComparison.Ordinal));
    }

    private static void AssertOnlySafeLinks(AngleSharp.Dom.IElement body)
    {
        var urls = body.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(body.QuerySelectorAll("img[src]").Select(i => i.GetAttribute("src")!))
            .ToList();
        Assert.All(urls, url => Assert.True(IsAllowed(url), $"'{url}' is live"));
        Assert.Equal(["https://www.gov.cn/", "http://a.gov.cn/", "mailto:a@b.cn", "tel:12333", "/zwgk/", "#top"], urls);
        foreach (var text in new[] { "一", "javascript:alert(2)", "三", "四", "五", "六", "七", "八", "九", "图十" })
        {
            Assert.Contains(text, body.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Script_links_are_shown_as_text_and_warned_with_file_and_line()
    {
        using var site = SiteWith(ScriptBody);

        var result = await site.BuildAsync();

        var page = new HtmlParser().ParseDocument(site.ReadOutput("zwgk/202104/x.html"));
        AssertOnlySafeLinks(page.QuerySelector(".article-body")!);
        var feed = System.Xml.Linq.XDocument.Parse(site.ReadOutput("atom.xml"));
        var content = feed.Descendants("{http://www.w3.org/2005/Atom}content").First().Value;
        AssertOnlySafeLinks(new HtmlParser().ParseDocument("<div>" + content + "</div>").QuerySelector("div")!);

        Assert.Equal(ScriptLines.Select(l => ("input/x.md", (int?)l)), result.Warnings.Select(w => (w.File, w.Line)));
        Assert.Equal(
            "link 'javascript:alert(1)' uses a scheme that is not allowed (http, https, mailto, tel, or a path); it is shown as text",
            result.Warnings[0].Message);
        Assert.Contains("image 'javascript:alert(10)'", result.Warnings[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsafe_link_warnings_come_back_on_every_rebuild_until_fixed()
    {
        using var site = SiteWith("正文。\n\n[一](javascript:alert(1))");
        var first = await site.BuildAsync();

        var unchanged = await site.BuildAsync();
        site.Write("input/y.md", TestSite.Article("另一篇改", "2021-03-01", "[政务公开]", extra: "slug: y\n"));
        var reused = await site.BuildAsync();
        site.Write("input/x.md", TestSite.Article("链接", "2021-04-01", "[政务公开]", body: "正文。\n\n[一](/zwgk/)", extra: "slug: x\n"));
        var fixedBuild = await site.BuildAsync();

        Assert.Equal([("input/x.md", (int?)10)], first.Warnings.Select(w => (w.File, w.Line)));
        Assert.True(unchanged.UpToDate);
        Assert.Equal(first.Warnings.AsEnumerable(), unchanged.Warnings);
        Assert.True(reused.Reused > 0);
        Assert.Equal(first.Warnings.AsEnumerable(), reused.Warnings);
        Assert.Empty(fixedBuild.Warnings);
    }
}
