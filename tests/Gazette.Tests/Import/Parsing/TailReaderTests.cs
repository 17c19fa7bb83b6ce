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
}
