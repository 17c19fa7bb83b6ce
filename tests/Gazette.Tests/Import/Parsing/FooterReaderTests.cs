using Gazette.Import.Parsing;
using Gazette.Site;

namespace Gazette.Tests.Import.Parsing;

/// <summary>Site facts come from the footer (and the banner), never from the article's own text.</summary>
public sealed class FooterReaderTests
{
    [Fact]
    public void A_contact_line_that_closes_the_body_is_not_the_sites_phone()
    {
        var page = SeedParser.Parse("当前位置：首页 > 通知公告\n关于某事的通告\n发布时间：2022-09-13 08:05\n特此通告。\n联系电话：021-64220000\n网站地图 | 联系我们 | 使用帮助\n主办单位：某某局\n网站标识码：3100000101");

        Assert.Equal(new SiteFooter(Sponsor: "某某局", SiteCode: "3100000101"), page.Footer);
        Assert.Contains(page.Body.OfType<SeedParagraph>(), p => p.Text == "联系电话：021-64220000");
    }

    [Fact]
    public void A_sponsor_labelled_without_its_unit_is_read()
    {
        var page = SeedParser.Parse("当前位置：首页 > 通知公告\n关于某事的通告\n发布时间：2022-09-13 08:05\n特此通告。\n主办：某某市人力资源和社会保障局　承办：某某市信息中心\n苏ICP备12001234号");

        Assert.Equal("某某市人力资源和社会保障局", page.Footer.Sponsor);
    }
}
