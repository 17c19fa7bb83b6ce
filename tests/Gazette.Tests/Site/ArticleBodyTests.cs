using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Site;

public sealed class ArticleBodyTests
{
    [Fact]
    public void A_body_read_from_its_file_is_read_again_each_time_and_never_held()
    {
        var source = new CountingSource("开头和正文");
        var body = new ArticleBody("开头", source);

        Assert.Equal("开头和正文", body.Text);
        Assert.Equal(5, body.Read(text => text.Length));
        Assert.Equal("开头和正文", body.Text);
        Assert.Equal(3, source.Reads);
    }

    [Fact]
    public void The_opening_is_at_hand_without_reading_the_file()
    {
        var text = new string('文', ArticleBody.HeadLength + 20);
        var body = new ArticleBody(ArticleBody.HeadOf(text), new CountingSource(null));

        Assert.Equal(ArticleBody.HeadLength, body.Head.Length);
        Assert.Equal(new ArticleBody(text).HeadHash, body.HeadHash);
    }

    [Fact]
    public async Task A_cold_build_reads_a_body_again_from_its_file_and_names_the_file_when_it_changed_meanwhile()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings), ("input/zxzx/a.md", TestSite.Article("通知", "2021-01-08", "[资讯中心, 新闻动态]", "正文。")));
        var content = await site.LoadContentAsync();
        var article = Assert.Single(content.Articles);
        Assert.Equal("正文。", article.Body.Text.Trim());

        site.Write("input/zxzx/a.md", TestSite.Article("通知", "2021-01-08", "[资讯中心, 新闻动态]", "改过的正文。"));
        var error = Assert.Throws<Gazette.Diagnostics.GazetteException>(() => (object)article.Body.Text);
        Assert.Contains("changed while the site was being built", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_read_again_from_a_file_with_a_byte_order_mark_and_windows_line_ends_is_the_body_first_read()
    {
        var text = TestSite.Article("通知", "2021-01-08", "[资讯中心, 新闻动态]", "第一段。\n\n第二段，" + new string('长', 70_000) + "。\n").Replace("\n", "\r\n", StringComparison.Ordinal);
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        site.WriteBytes("input/zxzx/a.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);
        var content = await site.LoadContentAsync();
        var article = Assert.Single(content.Articles);

        var first = article.Body.Text;
        Assert.Equal(article.Body.Head, ArticleBody.HeadOf(first));
        Assert.StartsWith("第一段。\n\n第二段", first.TrimStart('\n'), StringComparison.Ordinal);
        Assert.Contains(new string('长', 70_000), first, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFEFF', first);
        Assert.Equal(first, article.Body.Text);
    }

    [Fact]
    public async Task A_body_whose_file_was_deleted_meanwhile_names_the_file()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings), ("input/zxzx/a.md", TestSite.Article("通知", "2021-01-08", "[资讯中心, 新闻动态]", "正文。")));
        var article = Assert.Single((await site.LoadContentAsync()).Articles);

        File.Delete(Path.Combine(site.Root, "input/zxzx/a.md"));
        var error = Assert.Throws<Gazette.Diagnostics.GazetteException>(() => (object)article.Body.Text);
        Assert.Contains("input/zxzx/a.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("changed while the site was being built", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_lent_as_a_span_is_the_text_a_string_read_gives()
    {
        var bodies = new[]
        {
            "第一段。\n\n| 项目 | 金额 |\n|---|---|\n| 甲 | 1 |\n",
            "带控制字符\u0001的正文。\n",
            string.Empty,
        };
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        for (var i = 0; i < bodies.Length; i++)
        {
            site.Write($"input/zxzx/a{i}.md", TestSite.Article($"通知{i}", "2021-01-08", "[资讯中心, 新闻动态]", bodies[i]));
        }

        site.Write("input/zxzx/crlf.md", TestSite.Article("通知", "2021-01-09", "[资讯中心, 新闻动态]", "一行。\n二行。\n").Replace("\n", "\r\n", StringComparison.Ordinal));
        var content = await site.LoadContentAsync();

        Assert.Equal(4, content.Articles.Length);
        foreach (var article in content.Articles)
        {
            var text = article.Body.Text;
            Assert.Equal(text, article.Body.Read(span => span.ToString()));
            Assert.DoesNotContain('\r', text);
            Assert.DoesNotContain('\u0001', text);
            Assert.Equal(article.Body.Head, ArticleBody.HeadOf(text));
        }
    }

    // A body source that counts its reads; with no text, a read fails the test.
    private sealed class CountingSource(string? text) : IBodySource
    {
        public int Reads { get; private set; }

        public string Read() => Read(static body => body.ToString());

        public T Read<T>(BodySpanReader<T> read)
        {
            Reads++;
            return read(text ?? throw new InvalidOperationException("read"));
        }
    }
}
