using System.Text;
using Gazette.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Gazette.Tests.Yaml;

/// <summary>
/// The shortcut through a plain front matter gives exactly the events YamlDotNet's parser gives, positions included,
/// or declines: held to the parser on thousands of generated front matters full of YAML's traps.
/// </summary>
public sealed class FrontMatterEventsTests
{
    private static readonly string[] Keys = ["title", "date", "source", "section", "slug", "summary", "tags", "x_y", "a-b", "A1"];

    private static readonly string[] Values =
    [
        "市社保中心统筹部署根治欠薪专项行动", "2010-07-09T16:56:00+08:00", "各级,为全市经济社会……", "苏州市人力资源和社会保障局", "c000047",
        "a: b", "a:b", "C#", "a #b", "#x", "-1", "- x", "?x", ":x", "x:", "[x", "x]", "{a}", "a{b}", "&a", "*a", "!t", "|", ">", "%x", "@x", "`x",
        "'单引号'", "\"双引号\"", "\"a\\nb\"", "'it''s'", "\"x\" y", "'a'b", "\"unclosed", "'", "\"", "''", "\"\"",
        " lead", "trail ", "~", "null", "true", "...", "---", "x  y", "１２：３０", "中文：冒号", "a\u3000b", "\u3000a", "\u00A0x", "x,y", "[a]b",
        "a\u0085b", "a\u2028b", "a\uFEFFb", "a\u0001b", "😀", "a\tb", "x\r",
    ];

    private static readonly string[] FlowLists =
    [
        "[资讯中心, 媒体聚焦]", "[]", "[ ]", "[a,b]", "[ a , b ]", "[a, ]", "[a b, c]", "[a:b]", "['a']", "[\"a\"]", "[a]]", "[[a]]", "[a, [b]]",
        "[a]x", "[a] ", "[a #b]", "[a,,b]", "[,a]", "[-a]", "[a-b]", "[中文，逗号]",
    ];

    private static string Line(Random random)
    {
        var key = Keys[random.Next(Keys.Length)];
        return random.Next(20) switch
        {
            0 => $"{key}:",
            1 => $"{key}:  {Values[random.Next(Values.Length)]}",
            2 => $"{key}:{Values[random.Next(Values.Length)]}",
            3 or 4 => $"{key}: {FlowLists[random.Next(FlowLists.Length)]}",
            5 or 6 => BlockList(random, key),
            7 => random.Next(6) switch
            {
                0 => string.Empty,
                1 => "# 注释",
                2 => $" {key}: x",
                3 => $"{key} : x",
                4 => "- x",
                _ => $"{key}:\n  nested: x",
            },
            _ => $"{key}: {Values[random.Next(Values.Length)]}",
        };
    }

    private static string BlockList(Random random, string key)
    {
        var builder = new StringBuilder(key).Append(':');
        var indent = new string(' ', random.Next(3) * 2);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var item = random.Next(8) == 0 ? FlowLists[random.Next(FlowLists.Length)] : Values[random.Next(Values.Length)];
            var itemIndent = random.Next(10) == 0 ? indent + " " : indent;
            builder.Append('\n').Append(itemIndent).Append(random.Next(12) == 0 ? "-" : "- ").Append(item);
        }

        return builder.ToString();
    }

    private static List<ParsingEvent> Events(IParser parser)
    {
        var events = new List<ParsingEvent>();
        while (parser.MoveNext())
        {
            events.Add(parser.Current!);
        }

        return events;
    }

    private static string Describe(ParsingEvent e) =>
        $"{e.GetType().Name} {e} {e.Start.Index},{e.Start.Line},{e.Start.Column}-{e.End.Index},{e.End.Line},{e.End.Column}{(e is Scalar { IsKey: true } ? " key" : string.Empty)}";

    [Fact]
    public void Every_front_matter_it_reads_gives_the_events_and_positions_YamlDotNet_gives()
    {
        var random = new Random(20261207);
        var read = 0;
        for (var round = 0; round < 20000; round++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 8)).Select(_ => Line(random));
            var text = string.Join('\n', lines) + (random.Next(3) == 0 ? string.Empty : "\n");
            if (FrontMatterEvents.TryRead(text) is not { } fast)
            {
                continue;
            }

            read++;
            List<ParsingEvent> expected;
            try
            {
                expected = Events(new Parser(new StringReader(text)));
            }
            catch (YamlException e)
            {
                Assert.Fail($"read a front matter YamlDotNet refuses ({e.Message}):\n{text}");
                return;
            }

            Assert.True(
                expected.Select(Describe).SequenceEqual(Events(fast).Select(Describe)),
                $"events differ for:\n{text}\nexpected:\n{string.Join('\n', expected.Select(Describe))}\nactual:\n{string.Join('\n', Events(FrontMatterEvents.TryRead(text)!).Select(Describe))}");
        }

        // The traps are many, but most lines are of the plain shape: a shortcut that declined everything would fail here.
        Assert.True(read > 1000, $"only {read} of 20,000 front matters were read");
    }

    [Theory]
    [InlineData("title: 市社保中心统筹部署根治欠薪专项行动\ndate: 2010-07-09T16:56:00+08:00\nsource: 苏州市人力资源和社会保障局\nsection: [资讯中心, 媒体聚焦]\nslug: c000047\nsummary: 各级公共就业服务机构加快建设稳就业保就业各项工作,为全市经济社会高质量发展提供了有力支撑。……\n")]
    [InlineData("title: \"关于做好2024年度工作的通知\"\ndate: 2024-03-01\nsection: [政务公开]\ntags:\n  - 就业\n  - 社保\ndraft: true\n")]
    [InlineData("title: 标题\nseed: seeds/content_12345.txt\nindex_no: 014133405/2024-00123\ndoc_no: 苏人社发〔2024〕12号\ntags: []\n")]
    public void Reads_the_front_matter_articles_have(string text)
    {
        var fast = FrontMatterEvents.TryRead(text);

        Assert.NotNull(fast);
        Assert.Equal(Events(new Parser(new StringReader(text))).Select(Describe), Events(fast).Select(Describe));
    }

    [Theory]
    [InlineData("title: a\n\ndate: b\n")]
    [InlineData("# 注释\ntitle: a\n")]
    [InlineData("title: a # 注释\n")]
    [InlineData("summary: 第一行\n  第二行\n")]
    [InlineData("title: &a x\n")]
    [InlineData("title: \"a\\tb\"\n")]
    [InlineData("meta:\n  key: value\n")]
    [InlineData("title:\ta\n")]
    public void Declines_what_takes_the_whole_of_YAML(string text) => Assert.Null(FrontMatterEvents.TryRead(text));
}
