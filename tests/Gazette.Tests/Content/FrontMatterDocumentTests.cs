using Gazette.Content;

namespace Gazette.Tests.Content;

public sealed class FrontMatterDocumentTests
{
    [Theory]
    [InlineData("---\ntitle: 甲\n---\n正文\n", "title: 甲\n", "正文\n", 4)]
    [InlineData("\uFEFF---\r\ntitle: 甲\r\ndate: 2021-01-08\r\n---  \r\n\r\n正文\r\n", "title: 甲\ndate: 2021-01-08\n", "\n正文\n", 5)]
    [InlineData("---\ntitle: 甲\n...\n正文", "title: 甲\n", "正文", 4)]
    [InlineData("---\ntitle: 甲\n---", "title: 甲\n", "", 4)]
    [InlineData("---\n---\n正文", "", "正文", 3)]
    public void A_file_splits_into_its_front_matter_and_its_body_and_the_front_matter_alone_is_the_same(string text, string yaml, string body, int bodyLine)
    {
        var document = FrontMatterDocument.Split(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(new FrontMatterDocument(yaml, body, bodyLine), document);
        Assert.Equal(yaml, FrontMatterDocument.YamlOf(text));
    }

    [Theory]
    [InlineData("title: 甲\n正文", "must begin with front matter")]
    [InlineData("---\ntitle: 甲\n正文\n", "never closed")]
    public void A_file_without_whole_front_matter_has_none_and_says_why(string text, string problem)
    {
        Assert.Null(FrontMatterDocument.Split(text, out var said));
        Assert.Contains(problem, said, StringComparison.Ordinal);
        Assert.Null(FrontMatterDocument.YamlOf(text));
    }
}
