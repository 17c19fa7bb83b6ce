using System.Text;
using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Content;

/// <summary>Markdown files and _site.yml must be UTF-8; anything else is refused by name, line and byte, never published as garbage.</summary>
public sealed class SourceEncodingTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static readonly string Article = TestSite.Article("关于做好就业工作的通知", "2021-01-08", "[资讯中心, 新闻动态]", body: "各区人力资源和社会保障局：现将有关事项通知如下。", extra: "slug: a\n");

    private static async Task<GazetteError> SingleErrorAsync(TestSite site)
    {
        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);
        return Assert.Single(exception.Errors);
    }

    [Fact]
    public async Task A_gb18030_markdown_file_is_refused_and_said_to_look_gb18030()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        site.WriteBytes("input/a.md", Gb18030.GetBytes(Article));

        var error = await SingleErrorAsync(site);

        Assert.Equal("input/a.md", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("at byte offset 11", error.Message, StringComparison.Ordinal);
        Assert.Contains("GB18030/GBK", error.Message, StringComparison.Ordinal);
        Assert.Contains("save it as UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_byte_is_named_with_its_offset_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Article).ToList();
        var before = Article[..Article.IndexOf("各区", StringComparison.Ordinal)];
        var offset = Encoding.UTF8.GetByteCount(before);
        bytes.Insert(offset, 0xFF);
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        site.WriteBytes("input/a.md", [.. bytes]);

        var error = await SingleErrorAsync(site);

        Assert.Equal("input/a.md", error.File);
        Assert.Equal(before.Count(c => c == '\n') + 1, error.Line);
        Assert.Contains($"invalid byte 0xFF at byte offset {offset}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("GB18030", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_binary_file_with_nul_bytes_is_refused()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        site.WriteBytes("input/a.md", [.. Encoding.UTF8.GetBytes("---\ntitle: 标题\n"), 0x00, 0x01, 0x02, .. Encoding.UTF8.GetBytes("\n---\n")]);

        var error = await SingleErrorAsync(site);

        Assert.Equal("input/a.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("NUL byte at byte offset 18", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_badly_encoded_file_is_reported_in_one_run()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        site.WriteBytes("input/a.md", Gb18030.GetBytes(Article));
        site.WriteBytes("input/b.md", Gb18030.GetBytes(Article.Replace("slug: a", "slug: b", StringComparison.Ordinal)));

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        Assert.Equal(["input/a.md", "input/b.md"], exception.Errors.Select(e => e.File));
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_fine()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        site.WriteBytes("input/a.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)]);
        site.WriteBytes("input/_site.yml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TestSite.Settings)]);

        await site.BuildAsync();

        Assert.Contains("关于做好就业工作的通知", site.ReadOutput("zxzx/xwdt/202101/a.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gb18030_site_settings_file_is_refused_and_said_to_look_gb18030()
    {
        using var site = TestSite.Create(("input/a.md", Article));
        site.WriteBytes("input/_site.yml", Gb18030.GetBytes(TestSite.Settings));

        var error = await SingleErrorAsync(site);

        Assert.Equal("input/_site.yml", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("GB18030/GBK", error.Message, StringComparison.Ordinal);
    }
}
