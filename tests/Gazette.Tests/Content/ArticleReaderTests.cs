using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Content;

public sealed class ArticleReaderTests
{
    private static readonly SiteSettings Settings = SiteSettingsLoader.Parse(TestSite.Settings, "input/_site.yml");

    private static (Article? Article, List<GazetteError> Errors) Read(string text)
    {
        var errors = new List<GazetteError>();
        var article = new ArticleReader(Settings).Read("input/a.md", text, errors, out _);
        return (article, errors);
    }

    [Fact]
    public void Reads_a_complete_article()
    {
        var (article, errors) = Read(TestSite.Article("标题", "2021-01-08T13:28:00+08:00", "[资讯中心, 新闻动态]", extra: "source: 某局\nseed: seeds/000_e0b2ebfcac031705.txt\n"));

        Assert.Empty(errors);
        Assert.NotNull(article);
        Assert.Equal("zxzx/xwdt/202101/e0b2ebfcac031705.html", article.SitePath);
        Assert.Equal("2021-01-08 13:28", article.Date.ToDisplayString());
        Assert.Equal("某局", article.Source);
    }

    [Fact]
    public void A_date_without_time_stays_without_time()
    {
        var (article, _) = Read(TestSite.Article("标题", "2018-01-29", "[政务公开]"));

        Assert.False(article!.Date.HasTime);
        Assert.Equal("2018-01-29", article.Date.ToDisplayString());
        Assert.Equal("2018-01-29", article.Date.ToIsoString());
    }

    [Fact]
    public void Yaml_that_does_not_parse_is_reported_with_its_line()
    {
        var (article, errors) = Read("---\ntitle: 标题\ndate: 2021-01-08\nsection: [资讯中心, 新闻动态\n---\n\n正文\n");

        Assert.Null(article);
        var error = Assert.Single(errors);
        Assert.Equal("input/a.md", error.File);
        Assert.InRange(error.Line ?? 0, 4, 5);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title", "'title' is required")]
    [InlineData("date", "'date' is required")]
    [InlineData("section", "'section' is required")]
    public void A_missing_required_key_is_named(string key, string message)
    {
        var lines = TestSite.Article("标题", "2021-01-08", "[政务公开]").Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal));

        var (article, errors) = Read(string.Join('\n', lines));

        Assert.Null(article);
        Assert.Contains(errors, e => e.Message.Contains(message, StringComparison.Ordinal) && e.File == "input/a.md");
    }

    [Fact]
    public void A_section_missing_from_the_settings_is_named_with_its_line()
    {
        var (article, errors) = Read("---\ntitle: 标题\ndate: 2021-01-08\nsection: [资讯中心, 不存在]\n---\n");

        Assert.Null(article);
        var error = Assert.Single(errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("[资讯中心, 不存在] is not in _site.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_named_with_its_line()
    {
        var (_, errors) = Read("---\ntitle: 标题\nsection: [政务公开]\ndate: 2021-13-45\n---\n");

        var error = Assert.Single(errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("'date' is not a date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_is_reported_rather_than_ignored()
    {
        var (_, errors) = Read("---\ntitle: 标题\ndate: 2021-01-08\nsection: [政务公开]\nsoruce: 某局\n---\n");

        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("unknown key 'soruce'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_front_matter_is_reported_on_line_one()
    {
        var (_, errors) = Read("# 只有正文\n");

        Assert.Equal(1, Assert.Single(errors).Line);
    }

    [Fact]
    public void Review_and_draft_files_are_left_out_with_their_reason()
    {
        var errors = new List<GazetteError>();
        var reader = new ArticleReader(Settings);

        var review = reader.Read("input/r.md", "---\nseed: seeds/x.txt\nreview: no title found\n---\n", errors, out var excludedReview);
        var draft = reader.Read("input/d.md", TestSite.Article("草稿", "2021-01-08", "[政务公开]", extra: "draft: true\n"), errors, out var excludedDraft);

        Assert.Empty(errors);
        Assert.Null(review);
        Assert.Null(draft);
        Assert.Equal("review: no title found", excludedReview?.Reason);
        Assert.Equal("draft", excludedDraft?.Reason);
    }
}
