using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Site;

public sealed class ArticleBodyTests
{
    [Fact]
    public void A_body_read_from_its_file_is_read_again_each_time_and_never_held()
    {
        var reads = 0;
        var body = new ArticleBody("开头", () =>
        {
            reads++;
            return "开头和正文";
        });

        Assert.Equal("开头和正文", body.Text);
        Assert.Equal("开头和正文", body.Text);
        Assert.Equal(2, reads);
    }

    [Fact]
    public void The_opening_is_at_hand_without_reading_the_file()
    {
        var text = new string('文', ArticleBody.HeadLength + 20);
        var body = new ArticleBody(ArticleBody.HeadOf(text), () => throw new InvalidOperationException("read"));

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
}
