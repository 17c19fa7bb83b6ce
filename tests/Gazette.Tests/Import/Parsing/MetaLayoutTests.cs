using Gazette.Import.Parsing;

namespace Gazette.Tests.Import.Parsing;

public sealed class MetaLayoutTests
{
    [Fact]
    public void A_bullet_before_a_label_is_dropped()
    {
        Assert.Equal(["时间:2023-04-11 10:20", "来源:某某局"], MetaLayout.Normalize(["• 时间:2023-04-11 10:20", "● 来源:某某局"]));
    }

    [Fact]
    public void A_label_alone_joins_the_value_on_the_next_line_which_is_then_no_line_of_its_own()
    {
        Assert.Equal(["发布日期:2022年09月13日 08:05", "正文。"], MetaLayout.Normalize(["• 发布日期:", "2022年09月13日 08:05", "正文。"]));
    }

    [Fact]
    public void A_counter_or_widget_label_alone_takes_nothing_from_the_next_line()
    {
        Assert.Equal(["浏览次数:", "用户中心 [登录]"], MetaLayout.Normalize(["• 浏览次数:", "用户中心 [登录]"]));
    }

    [Fact]
    public void Bracketed_labels_at_the_start_of_a_line_become_plain_labels()
    {
        Assert.Equal(["发布机构:某某局 发布日期:2021-05-06"], MetaLayout.Normalize(["[ 发布机构 ] 某某局 [ 发布日期 ] 2021-05-06"]));
    }

    [Fact]
    public void Lines_that_are_no_label_are_kept_character_for_character()
    {
        string[] body = ["据【来源】栏目介绍，", "• 第一点", "- 第二点：内容", "来源", "发布日期:", "这是一段很长的正文，它以句号结束。"];

        Assert.Equal(body, MetaLayout.Normalize([.. body]));
    }

    [Fact]
    public void A_label_without_a_colon_joins_only_a_value_of_its_kind()
    {
        Assert.Equal(["发布日期:2019-07-02", "来源:市人力社保局", "阅读次数:356"], MetaLayout.Normalize(["发布日期", "2019-07-02", "来源", "市人力社保局", "阅读次数", "356"]));
        Assert.Equal(["时间:2002年11月08日 09:34:28"], MetaLayout.Normalize(["时间", "2002年11月08日 09:34:28"]));
        Assert.Equal(["发布日期", "各有关单位："], MetaLayout.Normalize(["发布日期", "各有关单位："]));
        Assert.Equal(["作者", "2019-07-02"], MetaLayout.Normalize(["作者", "2019-07-02"]));
        Assert.Equal(["来源", "据统计，今年以来共发放补贴三千万元。"], MetaLayout.Normalize(["来源", "据统计，今年以来共发放补贴三千万元。"]));
    }

    [Fact]
    public void A_counter_label_alone_joins_its_number_into_one_chrome_line()
    {
        var lines = MetaLayout.Normalize(["• 浏览次数：", "1523", "正文。"]);

        Assert.Equal(["浏览次数:1523", "正文。"], lines);
        Assert.True(ChromeLines.IsChrome(lines[0]));
    }

    [Fact]
    public void A_public_information_table_of_label_lines_and_value_lines_becomes_one_row_per_label()
    {
        var lines = MetaLayout.Normalize(["索 引 号", "000014349/2023-00123", "名称", "某某厅关于某事的通知", "发布日期", "2023-04-11", "内容概述", "主题分类", "其他"]);

        Assert.Equal(["索 引 号:000014349/2023-00123", "名称:某某厅关于某事的通知", "发布日期:2023-04-11", "内容概述", "主题分类:其他"], lines);
    }

    [Fact]
    public void A_calendar_date_split_into_day_and_month_becomes_one_date()
    {
        Assert.Equal(["2023-05-06", "标题"], MetaLayout.Normalize(["06", "2023-05", "标题"]));
        Assert.Equal(["2023-05-06"], MetaLayout.Normalize(["2023年5月", "6"]));
        Assert.Equal(["32", "2023-05"], MetaLayout.Normalize(["32", "2023-05"]));
    }
}
