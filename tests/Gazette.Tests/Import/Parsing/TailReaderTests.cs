using Gazette.Import.Parsing;

namespace Gazette.Tests.Import.Parsing;

/// <summary>Where the body ends: related links and template headings with nothing of the article under them.</summary>
public sealed class TailReaderTests
{
    [Fact]
    public void Related_links_on_their_headings_line_and_an_empty_attachments_heading_end_the_body()
    {
        var related = SeedParser.Parse("首页 > 资讯中心 > 通知公告\n关于某事的通知\n发布时间：2023-01-05 10:00　来源：某某局\n正文第一段。\n相关链接：海关总署 | 中国国际贸易单一窗口");
        var attachments = SeedParser.Parse("首页 > 资讯中心 > 通知公告\n关于某事的通知\n发布时间：2023-01-05 10:00　来源：某某局\n正文第一段。\n附件下载：\n无");

        Assert.Equal(["正文第一段。"], related.Body.OfType<SeedParagraph>().Select(p => p.Text));
        Assert.Equal(["正文第一段。"], attachments.Body.OfType<SeedParagraph>().Select(p => p.Text));
    }

    [Theory]
    [InlineData("相关解读：\n《某某办法》政策解读")]
    [InlineData("政策解读：\n关于某事的问答")]
    [InlineData("相关文件:关于印发某办法的通知")]
    [InlineData("相关链接：关于印发某办法的通知")]
    [InlineData("某某局主办　联系电话：0517-83600000")]
    [InlineData("原文链接：某某局关于印发《某某办法》的通知")]
    [InlineData("友情链接：\n中华人民共和国民政部\n甘肃省民政厅")]
    [InlineData("友情链接：民政部 | 甘肃省民政厅 | 兰州市人民政府")]
    [InlineData("济南市人民政府 | 山东省人力资源和社会保障厅 | 中华人民共和国人力资源和社会保障部")]
    [InlineData("【打印】　【关闭】\n浙江省人力资源和社会保障厅 | 湖州市人民政府 | 中国湖州")]
    public void Related_material_and_a_footer_that_names_its_sponsor_first_end_the_body(string tail)
    {
        var page = SeedParser.Parse("首页 > 资讯中心 > 通知公告\n关于某事的通知\n发布时间：2023-06-08　来源：某某局\n各有关单位：\n正文第一段。\n某某局\n2023年6月8日\n" + tail);

        Assert.Equal(["各有关单位：", "正文第一段。", "某某局", "2023年6月8日"], page.Body.OfType<SeedParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_related_files_heading_followed_by_prose_is_the_bodys_own()
    {
        var page = SeedParser.Parse("首页 > 资讯中心 > 通知公告\n关于某事的通知\n发布时间：2023-06-08　来源：某某局\n正文第一段。\n相关文件：\n本办法所称相关文件，是指市政府及其部门制定的规范性文件。\n正文最后一段。");

        Assert.Equal(["正文第一段。", "相关文件：", "本办法所称相关文件，是指市政府及其部门制定的规范性文件。", "正文最后一段。"], page.Body.OfType<SeedParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void A_closing_line_that_says_who_organised_an_event_stays_body()
    {
        var page = SeedParser.Parse("首页 > 资讯中心 > 工作动态\n某某招聘会举行\n发布时间：2023-06-08　来源：某某局\n3月1日，春季招聘会举行。\n本次招聘会由市人社局和市总工会联合主办\n主办单位：某某局");

        Assert.Equal(["3月1日，春季招聘会举行。", "本次招聘会由市人社局和市总工会联合主办"], page.Body.OfType<SeedParagraph>().Select(p => p.Text));
    }
}
