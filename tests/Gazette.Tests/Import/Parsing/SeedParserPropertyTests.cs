using AngleSharp.Html.Parser;
using CsCheck;
using Gazette.Content;
using Gazette.Import;
using Gazette.Import.Parsing;
using YamlDotNet.RepresentationModel;

namespace Gazette.Tests.Import.Parsing;

/// <summary>Properties of import over generated pages: it never throws, and it never loses body text.</summary>
public sealed class SeedParserPropertyTests
{
    private const string BodyCharacters = "我市就业社会保障工作推进企业职工培训补贴资金服务创业岗位技能提升养老医疗失业工伤一二三四五是的和在对为了将等与及其中" +
        "0123456789abcdefXYZ ，。、,：:（）()《》“”%*_[]<>&\\`!！?？";

    private static readonly MarkdownRenderer Renderer = new();

    private static Gen<string> TextOf(string alphabet, int min, int max) =>
        Gen.Int[0, alphabet.Length - 1].Array[min, max].Select(indices => new string(indices.Select(i => alphabet[i]).ToArray()));

    // Any character a decoder can produce: controls, ASCII, Latin, CJK, full-width forms, private use; no lone surrogates.
    private static readonly Gen<string> AnyText = Gen.OneOf(
            Gen.Char['\u0000', '\u007F'],
            Gen.Char['\u0080', '\u04FF'],
            Gen.Char['\u2000', '\u33FF'],
            Gen.Char['\u4E00', '\u9FFF'],
            Gen.Char['\uE000', '\uFFFD'],
            Gen.OneOf(Gen.Const('\n'), Gen.Const('\r'), Gen.Const('>'), Gen.Const(':'), Gen.Const('|'), Gen.Const('-')))
        .Array[0, 400].Select(chars => new string(chars));

    [Fact]
    public void Import_never_throws_and_always_writes_front_matter_that_reads_back()
    {
        AnyText.Sample(text =>
        {
            var page = SeedParser.Parse(text);
            var markdown = SeedMarkdownWriter.Write(page, "seeds/x.txt");

            var document = FrontMatterDocument.Split(markdown, out var problem);
            Assert.True(document is not null, problem);
            var yaml = new YamlStream();
            yaml.Load(new StringReader(document.Yaml));
            var mapping = (YamlMappingNode)yaml.Documents[0].RootNode;
            var title = mapping.Children.TryGetValue(new YamlScalarNode("title"), out var node) ? ((YamlScalarNode)node).Value : null;
            Assert.Equal(page.Title, title);
        }, iter: 400);
    }

    [Fact]
    public void Import_keeps_every_body_character_that_is_not_chrome()
    {
        var paragraph = Gen.Select(TextOf("我市就业社会保障工作推进企业职工培训", 1, 1), TextOf(BodyCharacters, 8, 160), (first, rest) => (first + rest).Trim());
        var pages = Gen.Select(TextOf("我市就业社会保障工作推进企业职工培训", 6, 30), paragraph.Array[1, 8]);

        pages.Sample((title, paragraphs) =>
        {
            var seed = "您当前所在位置: 首页>资讯中心>新闻动态\n" + title + "\n来源: 某局  发布日期: 2021-03-04 10:00   访问量:\n\n"
                + string.Join("\n\n", paragraphs) + "\n\n相关稿件\n某相关标题\n您是第个访问者\n主办单位:某局 网站标识码:1234567890\n";

            var page = SeedParser.Parse(seed);
            var markdown = SeedMarkdownWriter.Write(page, "seeds/x.txt");

            Assert.Equal(title, page.Title);
            var body = FrontMatterDocument.Split(markdown, out _)!.Body;
            var rendered = new HtmlParser().ParseDocument(Renderer.ToHtml(body)).Body!.TextContent;
            Assert.Equal(Visible(string.Concat(paragraphs)), Visible(rendered));
        }, iter: 300);
    }

    private static string Visible(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
