using System.Text;
using Gazette.Build;
using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Content;

/// <summary>Bodies too big, too deep or too costly for a page: each builds whole and in time, or fails naming its file.</summary>
public sealed class MarkdownLimitTests
{
    // Generous: a linear build of any of these takes a few seconds on a slow machine; a quadratic one takes minutes.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static TestSite SiteWith(string body) => TestSite.Create(
        ("input/_site.yml", TestSite.Settings),
        ("input/x.md", TestSite.Article("长文", "2021-04-01", "[政务公开]", body: body, extra: "slug: x\n")));

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    [Fact]
    public async Task A_five_megabyte_body_is_published_whole()
    {
        var body = new StringBuilder();
        for (var i = 0; Encoding.UTF8.GetByteCount(body.ToString()) < 5_000_000; i += 1000)
        {
            for (var j = i; j < i + 1000; j++)
            {
                body.Append(System.Globalization.CultureInfo.InvariantCulture, $"第{j}段，人力资源和社会保障工作的有关事项通知如下。\n\n");
            }
        }

        using var site = SiteWith(body.Append("最后一段。").ToString());

        await site.BuildAsync().WaitAsync(Patience);

        var html = site.ReadOutput("zwgk/202104/x.html");
        Assert.Contains("<p>最后一段。</p>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_too_large_for_a_page_fails_naming_the_file_and_its_size()
    {
        using var site = SiteWith(Repeat("人力资源和社会保障工作的有关事项通知如下。\n\n", 200_000));

        var exception = await Assert.ThrowsAsync<GazetteException>(() => site.BuildAsync().WaitAsync(Patience));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("input/x.md", error.File);
        Assert.Contains("the body is 12.4 MB; the most a page may hold is 8 MB", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Paths.Output));
    }

    [Theory]
    [InlineData("list nested 300 deep")]
    [InlineData("quote nested 10000 deep")]
    [InlineData("quote nested 100000 deep")]
    [InlineData("emphasis nested 10000 deep")]
    [InlineData("links nested 100000 deep")]
    public async Task Deeply_nested_markdown_fails_naming_the_file_instead_of_crashing(string shape)
    {
        var body = shape switch
        {
            "list nested 300 deep" => string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- 项\n")),
            "quote nested 10000 deep" => Repeat(">", 10_000) + " 引文",
            "quote nested 100000 deep" => Repeat(">", 100_000) + " 引文",
            "emphasis nested 10000 deep" => Repeat("*强 ", 10_000) + "调" + Repeat(" 强*", 10_000),
            _ => Repeat("[", 100_000) + "链" + Repeat("](/zwgk/)", 100_000),
        };
        using var site = SiteWith(body);

        var exception = await Assert.ThrowsAsync<GazetteException>(() => site.BuildAsync().WaitAsync(Patience));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("input/x.md", error.File);
        Assert.Contains("nested", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("230,000 link reference definitions")]
    [InlineData("a 5 MB line")]
    [InlineData("100,000 emphasised words")]
    [InlineData("100,000 unclosed **")]
    [InlineData("100,000 unclosed [")]
    [InlineData("100,000 table rows")]
    [InlineData("1 MB of CJK without a space")]
    [InlineData("a 5 MB table of tiny cells")]
    public async Task Pathological_bodies_build_in_time_or_fail_naming_the_file(string shape)
    {
        var body = shape switch
        {
            "230,000 link reference definitions" => string.Concat(Enumerable.Range(0, 230_000).Select(i => $"[r{i}]: /zwgk/\n")),
            "a 5 MB line" => Repeat("a", 5_000_000),
            "100,000 emphasised words" => Repeat("*强调* ", 100_000),
            "100,000 unclosed **" => Repeat("**强调 ", 100_000),
            "100,000 unclosed [" => Repeat("[链接 ", 100_000),
            "100,000 table rows" => "| 甲 | 乙 |\n|---|---|\n" + Repeat("| 一 | 二 |\n", 100_000),
            "a 5 MB table of tiny cells" => "|a|b|c|d|e|f|g|h|\n|-|-|-|-|-|-|-|-|\n" + Repeat("|1|2|3|4|5|6|7|8|\n", 290_000),
            _ => Repeat("人力资源和社会保障", 1_000_000 / 8),
        };
        using var site = SiteWith(body);

        BuildResult? result = null;
        try
        {
            result = await site.BuildAsync().WaitAsync(Patience);
        }
        catch (GazetteException exception)
        {
            Assert.All(exception.Errors, e => Assert.Equal("input/x.md", e.File));
        }

        Assert.True(result is null || site.OutputExists("zwgk/202104/x.html"));
    }

    [Fact]
    public async Task Tables_with_too_many_cells_fail_naming_the_file_and_line()
    {
        using var site = SiteWith("正文。\n\n|a|b|c|\n|-|-|-|\n" + Repeat("|1|2|3|\n", 100_000));

        var exception = await Assert.ThrowsAsync<GazetteException>(() => site.BuildAsync().WaitAsync(Patience));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("input/x.md", (int?)(12 + 74_998)), (error.File, error.Line));
        Assert.Contains("more than 300,000 cells", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_link_reference_definitions_fail_naming_the_file_and_line()
    {
        using var site = SiteWith("正文。\n\n" + string.Concat(Enumerable.Range(0, 80_000).Select(i => $"[r{i}]: /zwgk/\n")));

        var exception = await Assert.ThrowsAsync<GazetteException>(() => site.BuildAsync().WaitAsync(Patience));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("input/x.md", (int?)(10 + 10_000)), (error.File, error.Line));
        Assert.Contains("link reference definitions", error.Message, StringComparison.Ordinal);
    }
}
