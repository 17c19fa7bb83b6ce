using Gazette.Import.Parsing;

namespace Gazette.Tests.Import.Parsing;

/// <summary>The headline on pages without a breadcrumb, under banners, and without a date line: never a guess.</summary>
public sealed class HeadlineReaderTests
{
    private static SeedPage Parse(string text) => SeedParser.Parse(text);

    [Fact]
    public void A_banner_set_apart_by_a_menu_is_neither_title_nor_body()
    {
        var page = Parse("某某县人民政府\n首页 | 走进某某 | 政务公开 | 政务服务\n关于做好防汛工作的通知\n发布时间：2021-05-06 10:00\n各乡镇：\n请做好防汛准备。");

        Assert.Equal("关于做好防汛工作的通知", page.Title);
        Assert.Equal(["各乡镇：", "请做好防汛准备。"], page.Body.OfType<SeedParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void Without_a_breadcrumb_the_sites_name_alone_over_the_title_is_dropped()
    {
        var page = Parse("某某县人民政府\n关于做好防汛工作的通知\n发布时间：2021-05-06 10:00\n请做好防汛准备。");

        Assert.Equal("关于做好防汛工作的通知", page.Title);
    }

    [Fact]
    public void A_page_whose_only_heading_is_the_sites_or_the_columns_name_has_no_title()
    {
        var site = Parse("某某市人力资源和社会保障局\n发布时间：2022-07-19 09:12\n各有关单位：\n现予公示。");
        var column = Parse("当前位置：首页 > 资讯中心 > 通知公告\n通知公告\n发布时间：2022-07-19 09:12\n各有关单位：\n现予公示。");

        Assert.Null(site.Title);
        Assert.Null(column.Title);
        Assert.Contains("no title found", site.ReviewReasons);
        Assert.Contains("no title found", column.ReviewReasons);
    }

    [Fact]
    public void Without_a_date_line_the_public_information_table_divides_header_from_body()
    {
        var page = Parse("某某县人民政府\n政府信息公开\n索引号：0001/2023-00077\n发布机构：某某局\n发布日期：2023-05-10\n关于调整标准的通知\n各乡镇人民政府，县各有关部门：\n现予调整。");

        Assert.Equal("关于调整标准的通知", page.Title);
        Assert.Equal("2023-05-10", page.Date?.ToDisplayString());
        Assert.Equal(["各乡镇人民政府，县各有关部门：", "现予调整。"], page.Body.OfType<SeedParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_kicker_of_short_phrases_over_the_headline_is_not_part_of_the_title_but_joint_issuers_are()
    {
        var kicker = Parse("首页 > 资讯中心 > 通知公告\n稳岗位 促发展\n四川今年已发放稳岗返还资金12.6亿元\n时间：2023年07月20日 11:18　来源：四川日报\n正文第一段。");
        var issuers = Parse("首页 > 资讯中心 > 通知公告\n人社部 财政部\n关于做好技能人才评价工作的通知\n时间：2023年07月20日 11:18　来源：人社部\n正文第一段。");

        Assert.Equal("四川今年已发放稳岗返还资金12.6亿元", kicker.Title);
        Assert.Equal("人社部 财政部关于做好技能人才评价工作的通知", issuers.Title);
    }

    [Fact]
    public void A_source_line_under_a_headline_that_follows_the_date_is_read_and_is_not_body()
    {
        var page = Parse("当前位置: 首页 > 资讯中心 > 通知公告 > 正文\n06\n2023-05\n我校举办2023届毕业生春季双选会\n来源：学生就业指导中心　作者：王某　摄影：李某　浏览次数：\n5月6日，我校2023届毕业生春季双选会在东校区体育馆举行，三千余名毕业生入场求职。");

        Assert.Equal("我校举办2023届毕业生春季双选会", page.Title);
        Assert.Equal("2023-05-06", page.Date?.ToDisplayString());
        Assert.Equal("学生就业指导中心", page.Source);
        Assert.Single(page.Body);
    }

    [Fact]
    public void A_table_of_label_and_value_lines_names_the_title_and_a_document_date_alone_is_never_the_publish_date()
    {
        var table = Parse("发布日期\n2023-04-11\n名称\n某某厅关于某事的通知\n正文第一段。");
        var documentDate = Parse("关于某事的通知\n成文日期\n2023-04-10\n正文第一段很长很长，它以句号结束。");

        Assert.Equal("某某厅关于某事的通知", table.Title);
        Assert.Equal("2023-04-11", table.Date?.ToDisplayString());
        Assert.Null(documentDate.Date);
        Assert.Equal("2023-04-10", documentDate.PublicInformation.DocDate);
    }

    [Fact]
    public void A_heading_between_the_tables_rows_or_under_the_table_over_the_addressee_is_the_title()
    {
        var between = Parse("索引号：0001/2023-001　　发布机构：某某局\n关于某事的通知\n发布日期：2023-05-10\n正文第一段。");
        var under = Parse("【发布机构】某某厅　【发布日期】2023-06-30\n关于某事的通知\n各有关单位：\n正文第一段。");

        Assert.Equal("关于某事的通知", between.Title);
        Assert.Equal("关于某事的通知", under.Title);
        Assert.Equal(["各有关单位：", "正文第一段。"], under.Body.OfType<SeedParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void Table_rows_flattened_with_bars_or_labelled_in_brackets_give_their_fields_without_the_bars()
    {
        var bars = Parse("索 引 号 | 014083000/2023-00067 | 分 类 | 通知 |\n名 称 | 关于某事的通知 |\n关于某事的通知\n发布日期：2023-05-10\n正文第一段。");
        var brackets = Parse("【发布机构】某某厅　【发布日期】2023-06-30\n【标题】关于某事的通知\n关于某事的通知\n各有关单位：\n正文第一段。");
        var documentNumber = Parse("文号：某人社发〔2023〕1号\n关于某事的通知\n发布时间：2023-05-10\n正文第一段。");

        Assert.Equal("关于某事的通知", bars.Title);
        Assert.Equal("014083000/2023-00067", bars.PublicInformation.IndexNo);
        Assert.Equal("关于某事的通知", brackets.Title);
        Assert.Equal(["各有关单位：", "正文第一段。"], brackets.Body.OfType<SeedParagraph>().Select(p => p.Text));
        Assert.Equal("关于某事的通知", documentNumber.Title);
        Assert.Equal("某人社发〔2023〕1号", documentNumber.PublicInformation.DocNo);
    }

    [Fact]
    public void A_bare_breadcrumb_that_starts_at_the_sites_name_is_the_frame_not_the_title()
    {
        var page = Parse("珠海市交通运输局 > 通知公告\n某某路临时交通管制的通告\n时间：2023-09-28 16:05:17　来源：本网\n因道路施工需要，决定实施临时交通管制。");

        Assert.Equal("某某路临时交通管制的通告", page.Title);
        Assert.Equal(["通知公告"], page.Section.ToArray());
    }

    [Fact]
    public void A_document_number_is_never_a_title_and_an_announcements_number_under_its_title_is_its_doc_no()
    {
        var untitled = Parse("当前位置：首页 > 政务公开 > 通知公告\n发布时间：2023-06-21 10:05 来源：某某市人力资源和社会保障局\n宜人社函〔2023〕45号\n各县市区人社局：\n现将有关事项通知如下。");
        var numbered = Parse("首页 > 资讯中心 > 通知公告\n某某市市场监督管理局关于食品安全监督抽检信息的公告\n（2023年第28号）\n发布时间：2023-10-12 来源：某某市市场监督管理局\n现将抽检情况公告如下。");

        Assert.Null(untitled.Title);
        Assert.Contains("no title found", untitled.ReviewReasons);
        Assert.Equal("某某市市场监督管理局关于食品安全监督抽检信息的公告", numbered.Title);
        Assert.Equal("2023年第28号", numbered.PublicInformation.DocNo);
    }

    [Fact]
    public void Information_class_and_validity_dates_are_table_labels_never_body()
    {
        var page = Parse("当前位置：首页 > 政务公开 > 通知公告\n索引号：11340200MB1A23456X/202305-00021　　信息分类：就业创业\n生效日期：　　废止日期：\n发布日期：2023-05-22\n关于某事的通知\n各有关单位：\n正文第一段。");

        Assert.Equal("11340200MB1A23456X/202305-00021", page.PublicInformation.IndexNo);
        Assert.Equal(["各有关单位：", "正文第一段。"], page.Body.OfType<SeedParagraph>().Select(p => p.Text));
    }
}
