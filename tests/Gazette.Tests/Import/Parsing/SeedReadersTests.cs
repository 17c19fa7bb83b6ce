using Gazette.Import;
using Gazette.Import.Parsing;
using Gazette.Site;

namespace Gazette.Tests.Import.Parsing;

/// <summary>The reader list's order, and each reader on a tiny page of the shape it is named for, run after the readers before it.</summary>
public sealed class SeedReadersTests
{
    private const string Crumb = "您当前所在位置: 首页>资讯中心>工作动态";

    /// <summary>Runs the readers in their order up to and including <typeparamref name="TReader"/>.</summary>
    private static (SeedLines Lines, SeedDraft Page) ReadThrough<TReader>(string text)
        where TReader : ISeedReader
    {
        var lines = SeedParser.LinesOf(text);
        var page = new SeedDraft();
        foreach (var reader in SeedReaders.InOrder)
        {
            reader.Read(lines, page);
            if (reader is TReader)
            {
                return (lines, page);
            }
        }

        throw new InvalidOperationException($"{typeof(TReader).Name} is not in the list");
    }

    [Fact]
    public void Readers_run_in_the_documented_order()
    {
        Assert.Equal(
            new[]
            {
                typeof(FrameReader), typeof(PublicInformationReader), typeof(ArchiveStampReader), typeof(TailReader),
                typeof(DateLineReader), typeof(StraySourceReader), typeof(DocumentNumberReader), typeof(SectionHeadingReader),
                typeof(HeadlineReader), typeof(BreadcrumbTitleReader), typeof(BodyReader), typeof(RepostSourceReader), typeof(FooterReader),
            },
            SeedReaders.InOrder.Select(r => r.GetType()).ToArray());
    }

    [Fact]
    public void A_document_date_in_the_public_information_table_is_not_the_publish_date_because_the_table_is_read_before_the_date_line()
    {
        var text = Crumb + "\n索引号: 0001\n成文日期: 2019-12-01\n正文第一段。";
        var lines = new SeedLines(SeedText.Normalize(text));
        var page = new SeedDraft();
        new FrameReader().Read(lines, page);
        new TailReader().Read(lines, page);

        new DateLineReader().Read(lines, page);

        Assert.Equal(PublicationDate.OnDay(2019, 12, 1), page.Date);
        Assert.Null(SeedParser.Parse(text).Date);
        Assert.Equal("2019-12-01", SeedParser.Parse(text).PublicInformation.DocDate);
    }

    [Fact]
    public void Frame_reader_takes_the_section_from_the_breadcrumb_and_drops_the_banner_above_it()
    {
        var (lines, page) = ReadThrough<FrameReader>("某市人民政府门户网站\n" + Crumb + "\n标题");

        Assert.Equal(new[] { "资讯中心", "工作动态" }, page.Section.ToArray());
        Assert.Equal(2, lines.Top);
        Assert.Equal(LineKind.Chrome, lines.KindOf(0));
    }

    [Fact]
    public void Public_information_reader_takes_labelled_header_lines_only_as_a_whole_table()
    {
        var (lines, page) = ReadThrough<PublicInformationReader>(Crumb + "\n索引号: 0001  发布机构: 某局\n文号: 某府〔2020〕1号\n正文。");
        var (single, alone) = ReadThrough<PublicInformationReader>(Crumb + "\n名称: 某某项目\n正文。");

        Assert.Equal("0001", page.Information["index_no"]);
        Assert.Equal("某府〔2020〕1号", page.Information["doc_no"]);
        Assert.Equal(LineKind.Meta, lines.KindOf(1));
        Assert.Empty(alone.Information);
        Assert.Equal(LineKind.Text, single.KindOf(1));
    }

    [Fact]
    public void Archive_stamp_reader_takes_the_stamp_as_a_field()
    {
        var (lines, page) = ReadThrough<ArchiveStampReader>(Crumb + "\n某某会议召开\n归档时间: 2023-06-15\n正文。");

        Assert.Equal("2023-06-15", page.Archived);
        Assert.Equal(LineKind.Meta, lines.KindOf(2));
    }

    [Fact]
    public void Tail_reader_ends_the_body_at_the_related_articles_heading()
    {
        var (lines, _) = ReadThrough<TailReader>(Crumb + "\n某某会议召开\n正文。\n相关稿件\n别的文章\n版权所有 某局");

        Assert.Equal(3, lines.Tail);
    }

    [Fact]
    public void Tail_reader_keeps_a_contact_line_above_the_footer_as_body()
    {
        var (lines, _) = ReadThrough<TailReader>(Crumb + "\n某某会议召开\n正文。\n电话: 12345678\n版权所有 某局\n地址: 某路1号");

        Assert.Equal(4, lines.Tail);
    }

    [Fact]
    public void Date_line_reader_reads_date_and_source_from_a_line_split_in_two()
    {
        var (lines, page) = ReadThrough<DateLineReader>(Crumb + "\n某某会议召开\n发布日期:2021-01-05\n来源：某局\n正文。");

        Assert.Equal(new LineRange(2, 3), lines.Meta);
        Assert.Equal(PublicationDate.OnDay(2021, 1, 5), page.Date);
        Assert.Equal("某局", page.Source);
    }

    [Fact]
    public void Date_line_reader_finds_the_date_after_the_body_when_the_header_has_none()
    {
        var (lines, page) = ReadThrough<DateLineReader>(Crumb + "\n正文第一段。\n正文第二段。\n某局\n2021-02-03\n版权所有 某局");

        Assert.Equal(new LineRange(4, 4), lines.Meta);
        Assert.Equal(PublicationDate.OnDay(2021, 2, 3), page.Date);
    }

    [Fact]
    public void Stray_source_reader_takes_a_source_line_above_the_date_line_that_names_none()
    {
        var (lines, page) = ReadThrough<StraySourceReader>(Crumb + "\n来源：某报\n某某会议召开\n发布日期：2021-01-05\n正文。");

        Assert.Equal("某报", page.Source);
        Assert.Equal(LineKind.Meta, lines.KindOf(1));
    }

    [Fact]
    public void Document_number_reader_takes_a_number_in_the_header_as_a_field()
    {
        var (lines, page) = ReadThrough<DocumentNumberReader>(Crumb + "\n某府〔2011〕33号\n某某会议召开\n发布日期：2021-01-05\n正文。");

        Assert.Equal("某府〔2011〕33号", page.Information["doc_no"]);
        Assert.Equal(LineKind.Meta, lines.KindOf(1));
    }

    [Fact]
    public void Section_heading_reader_drops_a_heading_that_repeats_the_section_above_the_title()
    {
        var (lines, _) = ReadThrough<SectionHeadingReader>(Crumb + "\n工作动态\n某某会议召开\n发布日期：2021-01-05\n正文。");

        Assert.Equal(LineKind.Chrome, lines.KindOf(1));
        Assert.Equal(LineKind.Text, lines.KindOf(2));
    }

    [Fact]
    public void Headline_reader_takes_the_headline_under_a_date_line_that_comes_first()
    {
        var (_, page) = ReadThrough<HeadlineReader>(Crumb + "\n发布日期：2021-01-05\n某某会议召开\n会议指出，要进一步做好各项工作，推动高质量发展。");

        Assert.Equal("某某会议召开", page.Title);
        Assert.Equal(new[] { 3 }, page.BodyLines.ToArray());
    }

    [Fact]
    public void Headline_reader_joins_a_title_wrapped_over_two_lines_above_the_date()
    {
        var (_, page) = ReadThrough<HeadlineReader>(Crumb + "\n关于做好2021年\n就业工作的通知\n发布日期：2021-01-05\n正文。");

        Assert.Equal("关于做好2021年就业工作的通知", page.Title);
    }

    [Fact]
    public void Breadcrumb_title_reader_drops_a_last_level_that_is_the_article_itself()
    {
        var (_, page) = ReadThrough<BreadcrumbTitleReader>("首页 > 新闻 > 某某会议在我市…\n某某会议在我市召开\n发布日期：2021-01-05\n正文。");

        Assert.Equal(new[] { "新闻" }, page.Section.ToArray());
    }

    [Fact]
    public void Body_reader_rebuilds_a_flattened_table_between_paragraphs()
    {
        var (_, page) = ReadThrough<BodyReader>(Crumb + "\n某某会议召开\n发布日期：2021-01-05\n名单如下。\n姓名 | 单位 |\n张三 | 某局 |\n以上。");

        Assert.Equal(3, page.Blocks.Length);
        var table = Assert.IsType<SeedTable>(page.Blocks[1]);
        Assert.Equal(new[] { "张三", "某局" }, table.Rows[1].ToArray());
    }

    [Fact]
    public void Repost_source_reader_takes_the_source_from_a_closing_credit_when_the_date_line_names_none()
    {
        var (_, page) = ReadThrough<RepostSourceReader>(Crumb + "\n某某会议召开\n发布日期：2021-01-05\n正文。\n---稿件来源:某日报");

        Assert.Equal("某日报", page.Source);
    }

    [Fact]
    public void Footer_reader_reads_the_site_facts_of_the_footer()
    {
        var (_, page) = ReadThrough<FooterReader>(Crumb + "\n某某会议召开\n正文。\n主办单位:某局 网站标识码:1234567890\n邮编: 215000");

        Assert.Equal(new SiteFooter(Sponsor: "某局", SiteCode: "1234567890", Postcode: "215000"), page.Footer);
    }

    [Theory]
    [InlineData("您当前浏览位置：首页 > 新闻中心 > 工作动态 > 正文")]
    [InlineData("您现在的位置: 首页 > 新闻中心 > 工作动态")]
    [InlineData("当前位置：某某市人力资源和社会保障局 > 新闻中心 > 工作动态")]
    [InlineData("您所在的位置：某某县人民政府门户网站 » 新闻中心 » 工作动态 » 正文")]
    public void Frame_reader_reads_breadcrumbs_with_other_labels_and_the_site_name_for_home(string crumb)
    {
        var (_, page) = ReadThrough<FrameReader>(crumb + "\n标题\n正文。");

        Assert.Equal(["新闻中心", "工作动态"], page.Section.ToArray());
    }

    [Fact]
    public void Frame_reader_keeps_a_breadcrumb_seven_levels_deep()
    {
        var (_, page) = ReadThrough<FrameReader>("您的位置：首页 > 一 > 二 > 三 > 四 > 五 > 六 > 七\n标题\n正文。");

        Assert.Equal(["一", "二", "三", "四", "五", "六", "七"], page.Section.ToArray());
    }

    [Fact]
    public void Tail_reader_ends_the_body_above_an_attachments_heading_with_nothing_under_it()
    {
        var (lines, _) = ReadThrough<TailReader>(Crumb + "\n标题\n正文一段。\n附件下载:\n相关链接:\n主办单位：某某局");

        Assert.Equal("正文一段。", lines[lines.LastTextFrom(lines.Tail - 1)]);
    }

    [Fact]
    public void Date_line_reader_reads_bulleted_labels_and_values_on_the_next_line()
    {
        var (_, page) = ReadThrough<DateLineReader>(Crumb + "\n标题\n• 发布日期:\n2022年09月13日 08:05\n• 来源:\n某某省人社厅\n• 浏览次数:\n正文第一段很长很长。");

        Assert.Equal("2022-09-13 08:05", page.Date?.ToDisplayString());
        Assert.Equal("某某省人社厅", page.Source);
    }

    [Theory]
    [InlineData("来源：未知")]
    [InlineData("来源:暂无")]
    public void Date_line_reader_takes_an_unknown_source_for_none(string sourceLine)
    {
        var (_, page) = ReadThrough<DateLineReader>(Crumb + "\n标题\n日期:2021-06-02\n" + sourceLine + "\n正文第一段很长很长。");

        Assert.Equal("2021-06-02", page.Date?.ToDisplayString());
        Assert.Null(page.Source);
    }

    [Fact]
    public void Headline_reader_drops_the_site_and_column_names_above_a_wrapped_title_on_a_page_without_a_breadcrumb()
    {
        var (_, page) = ReadThrough<HeadlineReader>("某某市人力资源和社会保障局\n通知公告\n关于公布某某市\n第二批评价组织\n名单的通知\n发布时间：2023-08-15\n正文第一段很长很长。");

        Assert.Equal("关于公布某某市第二批评价组织名单的通知", page.Title);
    }

    [Fact]
    public void Headline_reader_keeps_an_organisation_name_that_opens_a_title_wrapped_over_two_lines()
    {
        var (_, page) = ReadThrough<HeadlineReader>(Crumb + "\n某某市人力资源和社会保障局\n关于做好就业见习工作的通知\n发布时间：2023-08-15\n正文第一段很长很长。");

        Assert.Equal("某某市人力资源和社会保障局关于做好就业见习工作的通知", page.Title);
    }

    [Theory]
    [InlineData("今天是")]
    [InlineData("今天是2023年8月15日 星期二")]
    [InlineData("★全国双拥模范城 ★全国文明城市")]
    [InlineData("English | 繁體")]
    [InlineData("Русская версия")]
    [InlineData("扫一扫在手机打开当前页")]
    public void Widget_lines_are_chrome_wherever_they_stand(string line)
    {
        Assert.True(ChromeLines.IsChrome(line));
    }

    [Theory]
    [InlineData("今天是全国助残日，我们走进社区。")]
    [InlineData("English teachers are welcome.")]
    public void Prose_that_starts_like_a_widget_is_not_chrome(string line)
    {
        Assert.False(ChromeLines.IsChrome(line));
    }
}
