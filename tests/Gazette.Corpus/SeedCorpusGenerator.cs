using System.Globalization;
using System.Text;

namespace Gazette.Corpus;

/// <summary>
/// Writes deterministic seeds for import benchmarks and tests: the text of article pages of the bureau's site as a
/// scraper saves them (breadcrumb, title, date and source line, paragraphs, then the related list and the footer),
/// from the same vocabulary and 栏目 tree as <see cref="CorpusGenerator"/>. A few shapes vary from page to page:
/// the breadcrumb's spelling, the date line's layout, a date without a time, a 信息公开 table above the title,
/// indented paragraphs, ordinal leads. The same count and seed always give byte-identical files.
/// </summary>
public sealed class SeedCorpusGenerator(int seed)
{
    private const string Bureau = "苏州市人力资源和社会保障局";

    private static readonly string[] Sources = [Bureau, Bureau, Bureau, "苏州市就业管理中心", "苏州市社会保险基金管理中心", "苏州市劳动保障监察支队"];
    private static readonly string[] Categories = ["劳动就业", "社会保障", "人事人才", "其他"];
    private static readonly string[] Breadcrumbs = ["您当前所在位置: 首页>{0}", "您当前所在位置: 首页>{0}", "您当前所在位置: 首页>{0}", "当前位置:首页 > {0}", "当前位置: 首页>> {0}", "当前位置:首页 » {0}"];
    private static readonly string[] Separators = [">", ">", ">", " > ", ">> ", "» "];

    /// <summary>
    /// Writes <paramref name="count"/> seeds under <c>{root}/seeds/</c>, and <c>input/_site.yml</c> (the corpus settings,
    /// so that every breadcrumb names a known section) when there is none yet.
    /// </summary>
    public void Write(string root, int count, string basePath = "/")
    {
        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(input);
        var settings = Path.Combine(input, "_site.yml");
        if (!File.Exists(settings))
        {
            File.WriteAllText(settings, CorpusGenerator.Settings(basePath));
        }

        Directory.CreateDirectory(Path.Combine(root, "seeds"));
        for (var i = 0; i < count; i++)
        {
            var (relative, text) = Seed(i);
            File.WriteAllText(Path.Combine(root, relative), text);
        }
    }

    /// <summary>
    /// Seed <paramref name="index"/>: its path under the root, <c>seeds/{index:000000}_{16 hex digits}.txt</c>, and its text.
    /// The hex digits are the article id import takes from the name; they are distinct for distinct indexes.
    /// </summary>
    public (string Path, string Text) Seed(int index)
    {
        // Each seed draws from its own generator, so seed i is the same whatever the count.
        var random = CorpusRandom.For(seed, index, 1);
        var id = CorpusRandom.Mix(seed, index, 2).ToString("x16", CultureInfo.InvariantCulture);
        var path = string.Create(CultureInfo.InvariantCulture, $"seeds/{index:000000}_{id}.txt");

        var leaf = CorpusGenerator.LeafNames[random.Next(CorpusGenerator.LeafNames.Count)];
        var day = new DateTime(2010, 1, 1).AddDays(random.Next(15 * 365));
        var time = day.AddMinutes(8 * 60 + random.Next(10 * 60)).AddSeconds(random.Next(60));
        var hasTime = random.Next(5) > 0;
        var title = random.Next(4) == 0
            ? $"关于{CorpusGenerator.Pick(random, CorpusGenerator.Actions)}{CorpusGenerator.Pick(random, CorpusGenerator.Objects)}的通知"
            : $"{CorpusGenerator.Pick(random, CorpusGenerator.Subjects)}{CorpusGenerator.Pick(random, CorpusGenerator.Actions)}{CorpusGenerator.Pick(random, CorpusGenerator.Objects)}";
        var source = CorpusGenerator.Pick(random, Sources);

        var text = new StringBuilder();
        var crumb = random.Next(Breadcrumbs.Length);
        text.Append(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, Breadcrumbs[crumb], string.Join(Separators[crumb], leaf))}\n");

        // Public-information pages (most of 政务公开, a few others) carry the 信息公开 table above the title.
        if (random.Next(leaf[0] == "政务公开" ? 2 : 12) == 0)
        {
            AppendPublicInformation(text, random, day, title);
        }

        text.Append(CultureInfo.InvariantCulture, $"{title}\n");
        AppendDateLine(text, random, day, time, hasTime, source);
        text.Append('\n');

        var indent = random.Next(4) == 0 ? "\u3000\u3000" : string.Empty;
        var count = 3 + random.Next(10);
        for (var p = 0; p < count; p++)
        {
            var paragraph = CorpusGenerator.Paragraph(random);
            var lead = p is >= 1 and <= 3 && random.Next(3) == 0 ? $"{"一二三"[p - 1]}是{CorpusGenerator.Pick(random, CorpusGenerator.Objects)}," : string.Empty;
            text.Append(indent).Append(lead).Append(paragraph).Append("\n\n");
        }

        text.Append("\n相关稿件\n");
        for (var related = random.Next(3) == 0 ? 1 + random.Next(3) : 0; related > 0; related--)
        {
            text.Append(CultureInfo.InvariantCulture, $"{CorpusGenerator.Pick(random, CorpusGenerator.Subjects)}{CorpusGenerator.Pick(random, CorpusGenerator.Actions)}{CorpusGenerator.Pick(random, CorpusGenerator.Objects)}\n");
        }

        text.Append("\n您是第个访问者\n")
            .Append(CultureInfo.InvariantCulture, $"主管单位:{Bureau} 网站标识码:3205000056\n")
            .Append(CultureInfo.InvariantCulture, $"主办单位:{Bureau}  苏ICP备10219514号-1\n")
            .Append("联系我们:0512-12333 地址:苏州市平泷路251号城市生活广场A座   邮编:215031  E-mail:web@rsj.suzhou.gov.cn\n")
            .Append("网站地图\n\n苏公网安备 32050802010605号");
        return (path, text.ToString());
    }

    private static void AppendPublicInformation(StringBuilder text, Random random, DateTime day, string title)
    {
        var index = string.Create(CultureInfo.InvariantCulture, $"014121539/{day.Year}-{random.Next(1, 99999):00000}");
        var issued = day.AddDays(-random.Next(1, 10)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var number = string.Create(CultureInfo.InvariantCulture, $"苏人社发〔{day.Year}〕{random.Next(1, 200)}号");
        if (random.Next(2) == 0)
        {
            // The table flattened with its labels padded with spaces, two cells a line.
            text.Append(CultureInfo.InvariantCulture, $"索   引   号 {index} 分        类 {CorpusGenerator.Pick(random, Categories)}\n")
                .Append(CultureInfo.InvariantCulture, $"发 布 机 构 {Bureau} 发 文 日 期 {issued}\n")
                .Append(CultureInfo.InvariantCulture, $"名        称 {title}\n")
                .Append(CultureInfo.InvariantCulture, $"文        号 {number}\n");
        }
        else
        {
            // One labelled cell a line.
            text.Append(CultureInfo.InvariantCulture, $"索引号: {index}\n")
                .Append(CultureInfo.InvariantCulture, $"发布机构: {Bureau}\n")
                .Append(CultureInfo.InvariantCulture, $"发文日期: {issued}\n");
        }
    }

    private static void AppendDateLine(StringBuilder text, Random random, DateTime day, DateTime time, bool hasTime, string source)
    {
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var minutes = hasTime ? time.ToString(" HH:mm", CultureInfo.InvariantCulture) : string.Empty;
        var line = random.Next(10) switch
        {
            < 6 => $"来源: {source}  发布日期: {date}{minutes}   访问量:",
            6 => $"时间: {date}{minutes} 来源: {source} 访问量:",
            7 => $"发布时间: {date}{(hasTime ? time.ToString(" HH:mm:ss", CultureInfo.InvariantCulture) : string.Empty)}   浏览量:",
            8 => $"{date}{minutes} 信息来源:{source}",
            _ => hasTime ? $"发布时间:{date}{minutes} 来源:{source} 作者:办公室" : $"{date} 00:00:00 来源: 本站原创",
        };
        text.Append(line).Append('\n');
    }
}
