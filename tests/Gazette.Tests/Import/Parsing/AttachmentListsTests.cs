using Gazette.Import.Parsing;

namespace Gazette.Tests.Import.Parsing;

/// <summary>Attachment lists stay body, as a heading and a numbered list; nothing else is cut into items.</summary>
public sealed class AttachmentListsTests
{
    private static IReadOnlyList<SeedBlock> BodyOf(params string[] bodyLines) =>
        SeedParser.Parse("当前位置:首页>通知公告\n关于做好培训工作的通知\n发布日期:2022-09-13 来源:某局\n" + string.Join('\n', bodyLines)).Body;

    [Theory]
    [InlineData("附件:1.申领表.docx  2.承诺书.pdf", new[] { "申领表.docx", "承诺书.pdf" })]
    [InlineData("附件：1．2022年度名单.xls 2．流程图.pdf 3．说明.doc", new[] { "2022年度名单.xls", "流程图.pdf", "说明.doc" })]
    [InlineData("相关附件:1、表一.docx\u30002、表二.docx", new[] { "表一.docx", "表二.docx" })]
    public void A_numbered_attachment_line_becomes_a_heading_and_a_list(string line, string[] items)
    {
        var body = BodyOf("正文第一段,内容很长很长的一段话。", line);

        Assert.Equal(line[..(line.IndexOfAny([':', '：']) + 1)], Assert.IsType<SeedParagraph>(body[1]).Text);
        Assert.Equal(items, Assert.IsType<SeedList>(body[2]).Items);
    }

    [Fact]
    public void Items_on_the_lines_under_the_heading_join_the_list_while_their_numbers_follow_on()
    {
        var body = BodyOf("正文第一段,内容很长很长的一段话。", "附件:", "1.申领表.docx", "2.承诺书.pdf", "4.不是第三项的一行");

        Assert.Equal(new[] { "申领表.docx", "承诺书.pdf" }, Assert.IsType<SeedList>(body[2]).Items.ToArray());
        Assert.Equal("4.不是第三项的一行", Assert.IsType<SeedParagraph>(body[3]).Text);
    }

    [Theory]
    [InlineData("附件:申领表.docx")]
    [InlineData("附件:2.承诺书.pdf")]
    [InlineData("附件1.申领表.docx")]
    [InlineData("根据附件:1.申领表填写")]
    public void A_line_without_items_numbered_from_one_after_the_heading_stays_a_paragraph(string line)
    {
        var body = BodyOf("正文第一段,内容很长很长的一段话。", line);

        Assert.Equal(line, Assert.IsType<SeedParagraph>(body[1]).Text);
        Assert.DoesNotContain(body, b => b is SeedList);
    }
}
