using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Gazette.Content;
using Gazette.Tests.Support;

namespace Gazette.Tests.Content;

/// <summary>The text search reads from a body is the text its page shows: the same characters, markup aside.</summary>
public sealed partial class BodyTextTests
{
    private const string Sample = """
        # 一、总体要求

        **一是坚持就业优先。**把促进就业摆在突出位置，*稳岗返还*、`社保卡`换领。
        > 引用：劳动保障监察支队
        > > 二层引用

        - 城乡居民养老保险
        * 失业保险金
          + 嵌套的项目
        1. 第一条
        2) 第二条

        | 项目 | 标准（元/月） |
        |:---|---:|
        | 最低工资 | 2,490 |
        | 转义\|竖线 | A&amp;B &#x4E00; &lt;b&gt; |

        详见[《苏州市就业补贴办法》](https://www.suzhou.gov.cn/a.html "标题")和[附件][1]，或 <https://rsj.suzhou.gov.cn/>。
        转义字符 \*星号\* 与 \[方括号\]，行末反斜杠换行\
        下一行。

        ---

        ```
        代码块里的文字 **原样**
        ```

        [1]: https://www.suzhou.gov.cn/b.html
        原始 <b>HTML</b> 显示为文字。
        苏人社发〔2021〕12号
        """;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string PageText(string markdown) => WebUtility.HtmlDecode(Tag().Replace(new MarkdownRenderer().ToHtml(markdown), string.Empty));

    private static string Text(string markdown)
    {
        var text = new StringBuilder();
        BodyText.Append(text, markdown);
        return text.ToString();
    }

    [Fact]
    public void The_text_is_the_pages_text_without_markup()
    {
        Assert.Equal(Squeezed(PageText(Sample)), Squeezed(Text(Sample)));
    }

    [Fact]
    public void The_imported_seed_articles_text_is_its_pages_text()
    {
        var markdown = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "input", "zxzx", "xwdt", "202101", "e0b2ebfcac031705.md"));
        var body = markdown[(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];

        Assert.Equal(Squeezed(PageText(body)), Squeezed(Text(body)));
    }

    [Fact]
    public void Table_cells_lines_and_blocks_are_kept_apart()
    {
        var text = Text(Sample);

        Assert.Matches("最低工资 *\n *2,490", text);
        Assert.DoesNotContain("保险失业", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://www.suzhou.gov.cn/a.html", text, StringComparison.Ordinal);
        Assert.Contains("《苏州市就业补贴办法》和附件", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_images_text_is_its_alternative_text()
    {
        Assert.Equal("见下图：苏州市人社局大楼\n", Text("见下图：![苏州市人社局大楼](images/a.jpg)"));
    }
}
