using System.Globalization;
using AngleSharp.Html.Parser;
using CsCheck;
using Gazette.Content;
using Gazette.Import;
using Gazette.Import.Parsing;
using Gazette.Site;
using YamlDotNet.RepresentationModel;

namespace Gazette.Tests.Import.Parsing;

/// <summary>
/// Properties of import over generated pages: it never throws, it never loses body text, and in every metadata layout
/// the sites use it reads the title, date and source it was given.
/// </summary>
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

    private const string TitleCharacters = "我市就业社会保障工作推进企业职工培训";

    private static readonly Gen<string> Title = TextOf(TitleCharacters, 6, 30);

    // A paragraph starts with a word, not punctuation, so that it cannot read as a list item or a label.
    private static readonly Gen<string> Paragraph = Gen.Select(TextOf(TitleCharacters, 1, 1), TextOf(BodyCharacters, 8, 160), (first, rest) => (first + rest).Trim());

    [Fact]
    public void Import_keeps_every_body_character_that_is_not_chrome()
    {
        var pages = Gen.Select(Title, Paragraph.Array[1, 8]);

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

    // The label words the body is checked for: the generated body has none of their characters, so any one of them
    // there leaked from the metadata.
    private static readonly string[] MetaLabelWords = ["来源", "发布日期", "时间", "浏览次数", "字体", "分享", "发布机构", "访问量", "阅读次数"];

    // Publisher names; the alphabet has no label character (来, 时, 日 …), no digit and no space, as real ones.
    private static readonly Gen<string> Source = TextOf("某市区县省人力资源和社会保障局厅办公室职业技能鉴定中心", 2, 20);

    private static readonly Gen<string> Breadcrumb = Gen.OneOf(
        string.Empty, "您所在的位置：首页 > 人社新闻 > 基层动态\n", "您当前的位置:首页 > 信息公开 > 通知公告\n", "当前位置:首页>资讯中心>新闻动态\n");

    private static readonly Gen<string> Tail = Gen.OneOf(
        "相关稿件\n某相关标题\n您是第个访问者\n主办单位:某局 网站标识码:1234567890\n",
        "附件下载:\n相关链接:\nРусская версия | English | 繁體\n主办单位：某某区人力资源和社会保障局  ICP备案号：京ICP备12345678号\n",
        "扫一扫在手机打开当前页\nEnglish | 繁體\n网站标识码：4101000021  豫ICP备05012345号  豫公网安备 41010502000123号\n",
        "打印本页 | 关闭窗口\n主办：某某县人民政府办公室  承办：某某县大数据管理中心\n网站标识码：3213220001  苏ICP备12001234号\n您是本站第 1234567 位访问者\n",
        "[ 打印本页 ] [ 关闭窗口 ] [ 返回顶部 ]\n网站地图 | 联系我们 | 网站声明\n主办单位：某某局 今日访问：12 总访问：123456\n");

    /// <summary>
    /// A publish date as the sites write it: ISO or Chinese (年月日) day, with a time of minutes, of seconds, in 时分 or
    /// with a full-width colon, or none; or in full-width digits. The expected value follows the documented rule that
    /// 00:00(:00) means no time.
    /// </summary>
    private static readonly Gen<(string Text, PublicationDate Date)> PublishDate = Gen.Select(
        Gen.Int[2000, 2030], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Int[0, 23], Gen.Int[0, 59], Gen.Int[0, 59], Gen.Int[0, 10],
        (year, month, rawDay, hour, minute, rawSecond, form) =>
        {
            var day = Math.Min(rawDay, DateTime.DaysInMonth(year, month));
            var second = form is 1 or 5 or 8 ? rawSecond : 0;
            var text = form switch
            {
                0 => Invariant($"{year}-{month:00}-{day:00} {hour:00}:{minute:00}"),
                1 => Invariant($"{year}-{month:00}-{day:00} {hour:00}:{minute:00}:{second:00}"),
                2 => Invariant($"{year}年{month:00}月{day:00}日 {hour:00}:{minute:00}"),
                3 => Invariant($"{year}年{month}月{day}日 {hour}:{minute:00}"),
                4 => Invariant($"{year}年{month:00}月{day:00}日 {hour:00}时{minute:00}分"),
                5 => Invariant($"{year}年{month:00}月{day:00}日 {hour:00}:{minute:00}:{second:00}"),
                6 => Invariant($"{year}-{month:00}-{day:00} {hour:00}：{minute:00}"),
                7 => Invariant($"{year}-{month:00}-{day:00}"),
                8 => Invariant($"{year}/{month:00}/{day:00} {hour:00}:{minute:00}:{second:00}"),
                9 => Invariant($"{year}年{month}月{day}日"),
                _ => FullWidthDigits(Invariant($"{year}-{month:00}-{day:00} {hour:00}:{minute:00}")),
            };
            var date = form is 7 or 9 || (hour == 0 && minute == 0 && second == 0)
                ? PublicationDate.OnDay(year, month, day)
                : PublicationDate.At(year, month, day, hour, minute, second);
            return (text, date);
        });

    /// <summary>
    /// The date and source in one of the newer layouts MetaLayout rewrites. Bulleted: each label after a bullet, its
    /// value on the same line (<c>• 时间:…</c>) or alone on the next (<c>• 发布日期:</c> / <c>2022年09月13日 08:05</c>),
    /// each field choosing for itself, in either order, then the counter and widget lines. Bracketed: one line of
    /// <c>[ 来源 ] X [ 发布日期 ] D</c>. Bare: labels without colons, each over its value, and a counter over its number.
    /// </summary>
    private static Gen<MetaBlock> MetaLayoutOf(string date, string source)
    {
        var colon = Gen.OneOf(":", "：");
        var bullet = Gen.OneOf("• ", "•", "● ", "· ", "◆ ", "■ ", "- ");
        var dateLabel = Gen.OneOf("时间", "发布时间", "发布日期", "日期", "更新时间", "更新日期");
        var sourceLabel = Gen.OneOf("来源", "信息来源", "文章来源", "发布机构");
        var widgets = Gen.OneOf("浏览次数:", "浏览次数：", "访问量:", "字体: [ 大 ] [ 中 ] [ 小 ]", "字体: [ ] [ ] [ ]", "分享:", "分享到：")
            .Array[0, 3];
        var field = Gen.Select(bullet, colon, Gen.Bool, (b, c, split) => (Bullet: b, Colon: c, Split: split));

        var bulleted = Gen.Select(dateLabel, sourceLabel, field, field, Gen.Bool, widgets, bullet, (dl, sl, df, sf, dateFirst, ws, wb) =>
        {
            var dateLines = df.Bullet + dl + df.Colon + (df.Split ? "\n" : string.Empty) + date;
            var sourceLines = sf.Bullet + sl + sf.Colon + (sf.Split ? "\n" : string.Empty) + source;
            var lines = dateFirst ? new[] { dateLines, sourceLines } : [sourceLines, dateLines];
            return new MetaBlock(string.Join('\n', lines.Concat(ws.Select(w => wb + w))));
        });

        var brackets = Gen.OneOf(("[ ", " ]"), ("[", "]"), ("【", "】"));
        var gap = Gen.OneOf(" ", "  ", "\u3000");
        var bracketed = Gen.Select(brackets, dateLabel, sourceLabel, gap, Gen.Bool, Gen.Bool, (b, dl, sl, g, dateFirst, counter) =>
        {
            var dateField = b.Item1 + dl + b.Item2 + " " + date;
            var sourceField = b.Item1 + sl + b.Item2 + " " + source;
            var text = (dateFirst ? dateField + g + sourceField : sourceField + g + dateField) + (counter ? g + b.Item1 + "浏览次数" + b.Item2 : string.Empty);
            return new MetaBlock(text);
        });

        // Bare: each label alone on its line without a colon, its value on the next; a counter the same way.
        var bareDateLabel = Gen.OneOf("发布日期", "发布时间", "日期", "时间", "更新时间");
        var bareSourceLabel = Gen.OneOf("来源", "信息来源", "文章来源");
        var bare = Gen.Select(bareDateLabel, bareSourceLabel, Gen.Bool, Gen.Int[0, 99999], Gen.OneOf("阅读次数", "浏览次数", "访问量"), (dl, sl, dateFirst, count, counter) =>
        {
            var fields = dateFirst ? new[] { dl, date, sl, source } : [sl, source, dl, date];
            return new MetaBlock(string.Join('\n', fields) + "\n" + counter + "\n" + count.ToString(CultureInfo.InvariantCulture));
        });

        return Gen.Frequency((3, bulleted), (1, bracketed), (1, bare));
    }

    /// <summary>A page: optional breadcrumb, title, metadata in a newer layout, paragraphs, page chrome below.</summary>
    private static readonly Gen<LayoutPage> LayoutPages =
        from breadcrumb in Breadcrumb
        from title in Title
        from date in PublishDate
        from source in Source
        from meta in MetaLayoutOf(date.Text, source)
        from gapBelow in Gen.OneOf("\n", "\n\n")
        from paragraphs in Paragraph.Array[1, 6]
        from tail in Tail
        select new LayoutPage(
            breadcrumb + title + "\n" + meta.Text + gapBelow + string.Join("\n\n", paragraphs) + "\n\n" + tail, title, date.Date, source, paragraphs);

    [Fact]
    public void Import_reads_title_date_and_source_in_every_newer_metadata_layout()
    {
        LayoutPages.Sample(page =>
        {
            var parsed = SeedParser.Parse(page.Seed);

            Assert.Equal(page.Title, parsed.Title);
            Assert.Equal(page.Date, parsed.Date);
            // 发布机构 alone names the publishing body, which is then the source too.
            Assert.Equal(page.Source, parsed.Source);
        }, iter: 500, print: page => page.Seed);
    }

    [Fact]
    public void Import_keeps_every_body_character_and_no_metadata_in_every_newer_metadata_layout()
    {
        LayoutPages.Sample(page =>
        {
            var markdown = SeedMarkdownWriter.Write(SeedParser.Parse(page.Seed), "seeds/x.txt");

            var body = FrontMatterDocument.Split(markdown, out _)!.Body;
            var rendered = new HtmlParser().ParseDocument(Renderer.ToHtml(body)).Body!.TextContent;
            foreach (var label in MetaLabelWords)
            {
                Assert.DoesNotContain(label, rendered, StringComparison.Ordinal);
            }

            Assert.Equal(Visible(string.Concat(page.Paragraphs)), Visible(rendered));
        }, iter: 500, print: page => page.Seed);
    }

    /// <summary>
    /// Metadata lines in any order and number, broken ones included: a label alone as the last line of the file, a
    /// label alone above another, a bracket with no label, a bullet with nothing after it.
    /// </summary>
    [Fact]
    public void Import_never_throws_on_broken_metadata_layouts()
    {
        var fragment = Gen.OneOf(
            "• 时间:", "• 发布日期:", "• 来源:", "• 浏览次数:", "• 字体: [ ] [ ] [ ]", "• 分享:", "•", "[", "[ ]", "【】", "[ 发布机构 ]",
            "[ 发布日期 ] ", "[ 来源 ]", "2022年09月13日 08:05", "2023-04-11 10:20:59", "2011-06-18 00:00:00", "2022年9月", "某局", "：", "\n",
            "正文。", "我市就业工作", "相关稿件", "主办单位:某局");
        var pages = Gen.Select(Breadcrumb, Title, fragment.Array[0, 12].Select(parts => string.Join('\n', parts)), Paragraph.Array[0, 3], Tail);

        pages.Sample((breadcrumb, title, meta, paragraphs, tail) =>
        {
            var page = SeedParser.Parse(breadcrumb + title + "\n" + meta + "\n" + string.Join("\n\n", paragraphs) + "\n" + tail);

            SeedMarkdownWriter.Write(page, "seeds/x.txt");
        }, iter: 1000);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string FullWidthDigits(string text) => new(text.Select(c => c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c).ToArray());

    /// <summary>The generated metadata lines, and what the reported parser gaps need to know of them.</summary>
    private sealed record MetaBlock(string Text);

    /// <summary>A generated page and what the importer must read from it.</summary>
    private sealed record LayoutPage(string Seed, string Title, PublicationDate Date, string Source, string[] Paragraphs);

    private static string Visible(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
