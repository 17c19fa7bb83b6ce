using Gazette.Import.Parsing;

namespace Gazette.Tests.Import.Parsing;

public sealed class SeedLinesTests
{
    private static SeedLines Lines(string text) => new(SeedText.Normalize(text));

    [Fact]
    public void Classifies_blank_lines_as_empty_widgets_as_chrome_and_the_rest_as_text()
    {
        var lines = Lines("  \u3000\n【打印】【关闭】\n微信 微博\n某某标题\n");

        Assert.Equal(
            new[] { LineKind.Empty, LineKind.Chrome, LineKind.Chrome, LineKind.Text, LineKind.Empty },
            Enumerable.Range(0, lines.Count).Select(lines.KindOf).ToArray());
    }

    [Fact]
    public void Normalising_decodes_entities_trims_and_splits_on_any_line_ending()
    {
        var lines = Lines("\uFEFF&nbsp;标题&amp;副题\r\n正文\r末行");

        Assert.Equal(new[] { "标题&副题", "正文", "末行" }, lines.All.ToArray());
    }

    [Fact]
    public void Starting_below_a_breadcrumb_makes_it_and_everything_above_it_chrome()
    {
        var lines = Lines("某市人民政府\n首页 > 新闻\n标题");

        lines.StartBelow(1);

        Assert.Equal(2, lines.Top);
        Assert.True(lines.HasBreadcrumb);
        Assert.Equal(LineKind.Chrome, lines.KindOf(0));
        Assert.Equal(LineKind.Chrome, lines.KindOf(1));
        Assert.Equal(LineKind.Text, lines.KindOf(2));
    }

    [Fact]
    public void Without_a_breadcrumb_the_page_starts_at_its_first_line_and_ends_at_its_last()
    {
        var lines = Lines("标题\n正文");

        Assert.Equal(0, lines.Top);
        Assert.False(lines.HasBreadcrumb);
        Assert.Equal(2, lines.Tail);
        Assert.Null(lines.Meta);
    }

    [Fact]
    public void Marking_the_date_line_records_its_range_and_claims_each_of_its_lines()
    {
        var lines = Lines("标题\n来源:某局\n发布日期:2021-01-05\n正文。");

        lines.MarkDateLine(new LineRange(1, 2));

        Assert.Equal(new LineRange(1, 2), lines.Meta);
        Assert.Equal(new[] { "来源:某局", "发布日期:2021-01-05" }, lines.Slice(lines.Meta!).ToArray());
        Assert.Equal(new[] { LineKind.Text, LineKind.Meta, LineKind.Meta, LineKind.Text }, Enumerable.Range(0, 4).Select(lines.KindOf).ToArray());
    }

    [Fact]
    public void Text_lines_leave_out_claimed_and_blank_lines_and_body_lines_keep_the_blank_ones()
    {
        var lines = Lines("甲\n\n乙\n丙\n丁");
        lines.MarkMeta(2);
        lines.MarkChrome(3);

        Assert.Equal(new[] { 0, 4 }, lines.TextLines(0, 5).ToArray());
        Assert.Equal(new[] { 0, 1, 4 }, lines.BodyLines(0, 5).ToArray());
        Assert.Empty(lines.TextLines(3, 1));
    }

    [Fact]
    public void The_last_text_line_is_searched_upwards_no_higher_than_the_top()
    {
        var lines = Lines("首页 > 新闻\n标题\n正文\n\n【打印】【关闭】");
        lines.StartBelow(0);

        Assert.Equal(2, lines.LastTextFrom(4));
        lines.MarkMeta(2);
        lines.MarkMeta(1);
        Assert.Equal(-1, lines.LastTextFrom(4));
    }

    [Fact]
    public void Ending_the_body_moves_the_tail()
    {
        var lines = Lines("标题\n正文\n相关稿件\n某文");

        lines.EndBefore(2);

        Assert.Equal(2, lines.Tail);
    }
}
