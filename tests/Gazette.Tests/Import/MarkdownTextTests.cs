using AngleSharp.Html.Parser;
using Gazette.Content;
using Gazette.Import;

namespace Gazette.Tests.Import;

public sealed class MarkdownTextTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Theory]
    [InlineData("1月6日,全国优秀农民工表彰大会在京召开。")]
    [InlineData("# 不是标题")]
    [InlineData("1. 不是列表")]
    [InlineData("- 不是列表")]
    [InlineData("> 不是引用")]
    [InlineData("---")]
    [InlineData("==")]
    [InlineData("**一是坚持就业优先。**把……")]
    [InlineData("<script>alert(1)</script> 与 &nbsp; 和 &amp;")]
    [InlineData("[链接](http://example.com) 与 `代码` 与 a_b_c 与 反斜杠\\")]
    [InlineData("文号 某府〔2011〕33号 | 表格 | 不是 |")]
    public void Escaped_text_renders_as_exactly_the_same_text(string text)
    {
        var html = Renderer.ToHtml(MarkdownText.EscapeParagraph(text));

        var document = new HtmlParser().ParseDocument(html);
        var paragraph = Assert.Single(document.Body!.Children);
        Assert.Equal("P", paragraph.TagName);
        Assert.Equal(text, paragraph.TextContent);
    }

    [Fact]
    public void Plain_chinese_text_is_written_verbatim()
    {
        const string text = "作为江苏的经济大市,截至2020年11月底,全市流动人口实有登记数为847.31万人;约占总数三分之二。";

        Assert.Equal(text, MarkdownText.EscapeParagraph(text));
    }
}
