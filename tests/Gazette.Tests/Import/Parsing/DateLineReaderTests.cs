using Gazette.Import.Parsing;

namespace Gazette.Tests.Import.Parsing;

/// <summary>The date and source line in the labels other sites use.</summary>
public sealed class DateLineReaderTests
{
    [Fact]
    public void A_publisher_labelled_fabuzhe_is_the_publisher_and_the_source_when_none_is_named()
    {
        var page = SeedParser.Parse("首页 > 资讯中心 > 通知公告\n关于某事的通知\n发布者：某某厅　发布时间：2021-09-28\n正文第一段。");

        Assert.Equal("某某厅", page.PublicInformation.Publisher);
        Assert.Equal("某某厅", page.Source);
    }

    [Fact]
    public void A_date_line_without_a_year_gives_its_source_and_no_date_and_is_not_body()
    {
        var page = SeedParser.Parse("首页 > 资讯中心 > 通知公告\n某市补贴标准\n5月6日　发布单位：某某局　字体：[ 大 中 小 ]\n正文第一段。");

        Assert.Null(page.Date);
        Assert.Contains("no publish date found", page.ReviewReasons);
        Assert.Equal("某某局", page.Source);
        Assert.Equal(["正文第一段。"], page.Body.OfType<SeedParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_publisher_labelled_fabuRen_is_read_as_well()
    {
        var page = SeedParser.Parse("首页 > 资讯中心 > 通知公告\n测试标题的公示\n发布时间：2023-08-25  发布人：市就管中心  浏览次数：231\n正文第一段。");

        Assert.Equal("市就管中心", page.Source);
    }

    [Fact]
    public void A_source_line_on_a_page_with_no_date_line_is_its_source_and_not_body()
    {
        var page = SeedParser.Parse("首页 > 资讯中心 > 通知公告\n测试标题的公告\n来源：某某中心　　浏览次数：1024　　【打印】【关闭】\n各参保单位：\n正文。");

        Assert.Equal("某某中心", page.Source);
        Assert.Equal(["各参保单位：", "正文。"], page.Body.OfType<SeedParagraph>().Select(p => p.Text));
    }
}
