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

    [Fact]
    public void Control_characters_are_removed_from_every_free_text_field()
    {
        var extra = "source: \"某\\u0001局\"\nsummary: \"摘\\u0002要\"\nindex_no: \"014128574\\u0003/2024-00123\"\npublisher: \"苏州市\\u0004人社局\"\n"
            + "doc_no: \"苏人社发\\u0005〔2024〕12号\"\ndoc_date: \"2024-03-10\\u0006\"\narchived: \"\\u00072024-03-15\"\nstatus: \"已\\u0008废止\\u0085\"\n";

        var (article, errors) = Read(TestSite.Article("\"标\\u000B题\\u009F\"", "2021-01-08", "[政务公开]", extra: extra));

        Assert.Empty(errors);
        Assert.Equal("标题", article!.Title);
        Assert.Equal("某局", article.Source);
        Assert.Equal("摘要", article.Summary);
        Assert.Equal(new PublicInformation("014128574/2024-00123", "苏州市人社局", "苏人社发〔2024〕12号", "2024-03-10", "2024-03-15", "已废止"), article.PublicInformation);
        Assert.True(article.PublicInformation.IsWithdrawn);
    }

    [Fact]
    public void A_line_break_inside_a_one_line_field_becomes_a_space()
    {
        var (article, errors) = Read(TestSite.Article("\"第一行\\n第二行\"", "2021-01-08", "[政务公开]", extra: "publisher: \"甲\\r\\n乙\\u2028丙\"\n"));

        Assert.Empty(errors);
        Assert.Equal("第一行 第二行", article!.Title);
        Assert.Equal("甲 乙 丙", article.PublicInformation.Publisher);
    }

    [Theory]
    [InlineData("slug: \"a\\u0001b\"\n", "'slug'")]
    [InlineData("tags: [\"就业\\u0001\"]\n", "tag")]
    [InlineData("aliases: [\"/a\\u0001.html\"]\n", "alias")]
    [InlineData("old_id: \"a\\u0001\"\n", "'old_id'")]
    public void A_control_character_in_an_identifier_is_a_located_error(string extra, string key)
    {
        var (article, errors) = Read(TestSite.Article("标题", "2021-01-08", "[政务公开]", extra: extra));

        Assert.Null(article);
        var error = Assert.Single(errors);
        Assert.Equal(5, error.Line);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', error.Message);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    public void Draft_takes_every_yaml_1_2_boolean(string value, bool held)
    {
        var errors = new List<GazetteError>();

        var article = new ArticleReader(Settings).Read("input/d.md", TestSite.Article("草稿", "2021-01-08", "[政务公开]", extra: $"draft: {value}\n"), errors, out var excluded);

        Assert.Empty(errors);
        Assert.Equal(held, article is null);
        Assert.Equal(held ? "draft" : null, excluded?.Reason);
    }

    [Theory]
    [InlineData("ture")]
    [InlineData("1")]
    [InlineData("yes")]
    [InlineData("是")]
    [InlineData("\"true\"")]
    public void A_draft_that_is_no_yaml_1_2_boolean_is_an_error_at_its_line_naming_the_spellings_never_a_publish(string value)
    {
        var (article, errors) = Read(TestSite.Article("草稿", "2021-01-08", "[政务公开]", extra: $"draft: {value}\n"));

        var error = Assert.Single(errors);
        var lines = TestSite.Article("草稿", "2021-01-08", "[政务公开]", extra: $"draft: {value}\n").Split('\n');
        Assert.Equal(Array.FindIndex(lines, l => l.StartsWith("draft:", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Contains("true, True, TRUE, false, False or FALSE", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tags: 职业技能, 等级认定")]
    [InlineData("tags: 职业技能，等级认定")]
    [InlineData("tags: 职业技能、等级认定")]
    [InlineData("tags: [职业技能, 等级认定]")]
    public void Tags_written_on_one_line_with_commas_are_several_tags(string line)
    {
        var (article, errors) = Read(TestSite.Article("标题", "2021-01-08", "[政务公开]", extra: line + "\n"));

        Assert.Empty(errors);
        Assert.Equal(["职业技能", "等级认定"], article!.Tags);
    }

    [Fact]
    public void A_draft_is_read_whole_for_the_preview_and_marked_as_a_draft()
    {
        var errors = new List<GazetteError>();

        var article = new ArticleReader(Settings, readDrafts: true).Read("input/d.md", TestSite.Article("草稿", "2021-01-08", "[政务公开]", extra: "draft: true\n"), errors, out var excluded);

        Assert.Empty(errors);
        Assert.Null(excluded);
        Assert.True(article?.IsDraft);
    }

    [Theory]
    [InlineData("2021-02-01", "2021-02-01")]
    [InlineData("2021-02-01T18:30:00+08:00", "2021-02-01 18:30")]
    public void Expires_is_read_in_the_forms_of_date(string value, string shown)
    {
        var (article, errors) = Read(TestSite.Article("通知", "2021-01-08", "[政务公开]", extra: $"expires: {value}\n"));

        Assert.Empty(errors);
        Assert.Equal(shown, article?.Expires?.ToDisplayString());
    }

    [Theory]
    [InlineData("下个月", "'expires' is not a date")]
    [InlineData("2021-01-08", "is not after 'date'")]
    [InlineData("2020-12-31", "is not after 'date'")]
    [InlineData("0001-01-01", "outside the years")]
    public void A_wrong_expires_is_an_error_at_its_line(string value, string message)
    {
        var text = TestSite.Article("通知", "2021-01-08", "[政务公开]", extra: $"tags: [就业]\nexpires: {value}\n");

        var (article, errors) = Read(text);

        Assert.Null(article);
        var error = Assert.Single(errors);
        Assert.Equal(Array.FindIndex(text.Split('\n'), l => l.StartsWith("expires:", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("资讯中心, 新闻动态")]
    [InlineData("资讯中心，新闻动态")]
    [InlineData("资讯中心、新闻动态")]
    [InlineData("[资讯中心, 新闻动态]")]
    public void A_section_written_on_one_line_is_read_as_its_path_of_names(string value)
    {
        var (article, errors) = Read(TestSite.Article("标题", "2021-01-08", value));

        Assert.Empty(errors);
        Assert.Equal(["资讯中心", "新闻动态"], article?.Section.Names);
    }
}
