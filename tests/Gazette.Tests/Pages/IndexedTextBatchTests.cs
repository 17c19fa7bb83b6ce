using Gazette.Pages;
using Gazette.Search;
using Gazette.Tests.Support;

namespace Gazette.Tests.Pages;

public sealed class IndexedTextBatchTests
{
    [Fact]
    public async Task Each_text_of_a_batch_is_the_article_s_indexed_text_normalised_even_in_buffers_a_longer_text_used_before()
    {
        // Long bodies first and short ones after, so that the second batch reuses buffers holding more than its texts.
        var bodies = new[]
        {
            string.Concat(Enumerable.Repeat("养老保险ＰＤＦ办理**须知**。\n\n", 400)),
            "| 项目 | 金额 |\n|---|---|\n| 甲 | 1 |\n" + string.Concat(Enumerable.Repeat("機構與職能。", 300)),
            "短。",
            "[链接](https://example.org/a) 和 `代码`。",
        };
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        for (var i = 0; i < bodies.Length; i++)
        {
            site.Write($"input/zxzx/a{i}.md", TestSite.Article($"通知 Ｎｏ.{i}", $"2021-01-{10 - i:00}", "[资讯中心, 新闻动态]", bodies[i]));
        }

        var articles = (await site.LoadContentAsync()).Articles;
        var batch = new IndexedTextBatch(2);
        for (var first = 0; first < articles.Length; first += 2)
        {
            var (titles, texts, characters) = batch.Fill(articles, first, 2, CancellationToken.None);

            var expected = articles.Skip(first).Take(2).Select(SearchPage.IndexedText).ToList();
            Assert.Equal(expected.Select(t => new string(SearchPostings.Normalised(t))), texts.Select(t => t.ToString()));
            Assert.Equal(articles.Skip(first).Take(2).Select(a => new string(SearchPostings.Normalised(a.Title))), titles.Select(t => t.ToString()));
            Assert.Equal(expected.Sum(t => (long)t.Length), characters);
        }
    }

    [Fact]
    public async Task A_batch_larger_than_its_capacity_is_refused()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings), ("input/zxzx/a.md", TestSite.Article("通知", "2021-01-08", "[资讯中心, 新闻动态]")));
        var articles = (await site.LoadContentAsync()).Articles;

        Assert.Throws<ArgumentOutOfRangeException>(() => new IndexedTextBatch(0).Fill(articles, 0, 1, CancellationToken.None));
    }
}
