using System.Globalization;
using System.Text;

namespace Gazette.Corpus;

/// <summary>
/// Writes a realistic, deterministic news archive for benchmarks and tests: Chinese text in paragraphs of 150–400
/// characters, a nested 栏目 tree, dates over fifteen years, some tables, lists, tags and date-only articles; with
/// <see cref="CorpusProfile.Long"/>, long 公文 bodies of 6 to 12 KB instead; with <see cref="CorpusVocabulary.Natural"/>,
/// paragraphs of words with a natural spread rather than stock phrases. The same count, seed, profile and vocabulary
/// always give the same files.
/// </summary>
public sealed class CorpusGenerator(int seed, CorpusProfile profile = CorpusProfile.News, CorpusVocabulary vocabulary = CorpusVocabulary.Stock)
{
    /// <summary>The sections: top-level name and slug, then children, some with children of their own.</summary>
    public static readonly (string Name, string Slug, (string Name, string Slug, (string Name, string Slug)[] Children)[] Children)[] Tree =
    [
        ("资讯中心", "zxzx", [("新闻动态", "xwdt", []), ("图片新闻", "tpxw", []), ("媒体聚焦", "mtjj", [])]),
        ("政务公开", "zwgk", [("通知公告", "tzgg", []), ("政策文件", "zcwj", [("规范性文件", "gfxwj"), ("其他文件", "qtwj")]), ("人事信息", "rsxx", [])]),
        ("就业创业", "jycy", [("就业服务", "jyfw", []), ("创业扶持", "cyfc", [])]),
        ("社会保险", "shbx", [("养老保险", "ylbx", []), ("失业保险", "sybx", []), ("工伤保险", "gsbx", [])]),
        ("劳动关系", "ldgx", [("劳动监察", "ldjc", []), ("调解仲裁", "tjzc", [])]),
    ];

    internal static readonly string[] Subjects = ["市人社局", "各区人社部门", "市就业管理中心", "市社保中心", "劳动保障监察支队", "市职业技能鉴定中心", "各级公共就业服务机构", "用人单位", "参保职工", "高校毕业生"];
    internal static readonly string[] Actions = ["深入推进", "认真落实", "持续优化", "全面开展", "扎实做好", "积极推动", "不断完善", "统筹部署", "大力实施", "加快建设"];
    internal static readonly string[] Objects = ["稳就业保就业各项工作", "职业技能提升行动", "社会保险扩面征缴", "根治欠薪专项行动", "和谐劳动关系创建", "人力资源市场秩序", "失业保险稳岗返还", "城乡居民养老保险", "工伤保险经办服务", "高技能人才队伍建设", "公共就业服务体系", "劳动人事争议调解"];
    internal static readonly string[] Details = ["截至目前,全市已累计服务群众12.6万人次", "各项指标均完成年度目标任务的百分之九十以上", "切实增强了人民群众的获得感和幸福感", "为全市经济社会高质量发展提供了有力支撑", "进一步提升了经办服务的便利化水平", "确保各项政策落地见效", "受到企业和群众的广泛好评", "有效防范化解了各类风险隐患"];
    internal static readonly string[] Tags = ["就业", "社保", "技能培训", "养老金", "失业保险", "工伤", "欠薪", "招聘会", "高校毕业生", "退役军人", "农民工", "人才", "创业", "劳动仲裁", "政策解读", "便民服务", "数字人社", "长三角", "稳岗", "公共服务"];

    /// <summary>Every leaf of the tree as its names from the top (2 or 3 levels), in <see cref="Tree"/> order.</summary>
    internal static IReadOnlyList<string[]> LeafNames { get; } = [.. Tree.SelectMany(top => top.Children.SelectMany(child =>
        child.Children.Length == 0
            ? [new[] { top.Name, child.Name }]
            : child.Children.Select(g => new[] { top.Name, child.Name, g.Name })))];

    /// <summary>Every leaf of the tree as front matter names and folder slugs.</summary>
    public static IReadOnlyList<(string Names, string Slugs)> Leaves { get; } = [.. Tree.SelectMany(top => top.Children.SelectMany(child =>
        child.Children.Length == 0
            ? [($"[{top.Name}, {child.Name}]", $"{top.Slug}/{child.Slug}")]
            : child.Children.Select(g => ($"[{top.Name}, {child.Name}, {g.Name}]", $"{top.Slug}/{child.Slug}/{g.Slug}"))))];

    /// <summary>The <c>_site.yml</c> of the corpus.</summary>
    public static string Settings(string basePath = "/")
    {
        var text = new StringBuilder();
        text.Append("title: 苏州市人力资源和社会保障局\nbase_url: https://rsj.suzhou.gov.cn\n")
            .Append(CultureInfo.InvariantCulture, $"base_path: {basePath}\n")
            .Append("page_size: 20\nsections:\n");
        foreach (var top in Tree)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - name: {top.Name}\n    slug: {top.Slug}\n    sections:\n");
            foreach (var child in top.Children)
            {
                text.Append(CultureInfo.InvariantCulture, $"      - name: {child.Name}\n        slug: {child.Slug}\n        type: 工作动态\n");
                if (child.Children.Length > 0)
                {
                    text.Append("        sections:\n");
                    foreach (var grandchild in child.Children)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"          - name: {grandchild.Name}\n            slug: {grandchild.Slug}\n");
                    }
                }
            }
        }

        text.Append("footer:\n  sponsor: 苏州市人力资源和社会保障局\n  site_code: \"3205000056\"\n  icp: 苏ICP备10219514号-1\n")
            .Append("  police: 苏公网安备 32050802010605号\n  phone: 0512-12333\n  address: 苏州市平泷路251号城市生活广场A座\n")
            .Append("  postcode: \"215031\"\n  email: web@rsj.suzhou.gov.cn\n");
        return text.ToString();
    }

    /// <summary>Writes <c>input/_site.yml</c> and <paramref name="count"/> articles under <paramref name="root"/>.</summary>
    public void Write(string root, int count, string basePath = "/")
    {
        var input = Path.Combine(root, "input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "_site.yml"), Settings(basePath));
        for (var i = 0; i < count; i++)
        {
            var (relative, text) = Article(i);
            var path = Path.Combine(input, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    /// <summary>Article <paramref name="index"/>: its path under <c>input/</c> and its text.</summary>
    public (string Path, string Text) Article(int index)
    {
        // Each article draws from its own generator, so article i is the same whatever the count.
        var random = CorpusRandom.For(seed, index, 0);
        var leaf = Leaves[random.Next(Leaves.Count)];
        var day = new DateTime(2010, 1, 1).AddDays(random.Next(15 * 365));
        var hasTime = random.Next(5) > 0;
        var date = hasTime
            ? day.AddMinutes(8 * 60 + random.Next(10 * 60)).ToString("yyyy-MM-dd'T'HH:mm:00+08:00", CultureInfo.InvariantCulture)
            : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = string.Create(CultureInfo.InvariantCulture, $"c{index:000000}");
        var title = $"{Pick(random, Subjects)}{Pick(random, Actions)}{Pick(random, Objects)}";

        var text = new StringBuilder();
        text.Append("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: {title}\n")
            .Append(CultureInfo.InvariantCulture, $"date: {date}\n")
            .Append("source: 苏州市人力资源和社会保障局\n")
            .Append(CultureInfo.InvariantCulture, $"section: {leaf.Names}\n")
            .Append(CultureInfo.InvariantCulture, $"slug: {id}\n");
        if (random.Next(3) == 0)
        {
            var tags = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Pick(random, Tags)).Distinct();
            text.Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", tags)}]\n");
        }

        if (profile == CorpusProfile.Long)
        {
            var body = LongBody.Write(random, day, BodyParagraph);
            text.Append(CultureInfo.InvariantCulture, $"summary: {body[..60]}……\n").Append("---\n\n").Append(body);
            return ($"{leaf.Slugs}/{day.Year}/{id}.md", text.ToString());
        }

        var paragraphs = Enumerable.Range(0, 3 + random.Next(10)).Select(_ => BodyParagraph(random)).ToList();
        text.Append(CultureInfo.InvariantCulture, $"summary: {paragraphs[0][..60]}……\n").Append("---\n");
        for (var p = 0; p < paragraphs.Count; p++)
        {
            text.Append('\n').Append(p is 1 or 2 && random.Next(3) == 0 ? $"**{"一二三"[p - 1]}是{Pick(random, Objects)}**,{paragraphs[p]}" : paragraphs[p]).Append('\n');
            if (p == 1 && random.Next(6) == 0)
            {
                text.Append("\n| 项目 | 人数 | 金额(万元) |\n| --- | --- | --- |\n");
                for (var row = 0; row < 3 + random.Next(5); row++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"| {Pick(random, Objects)} | {random.Next(100, 9999)} | {random.Next(10, 999)}.{random.Next(10)} |\n");
                }
            }

            if (p == 2 && random.Next(6) == 0)
            {
                text.Append('\n');
                for (var item = 1; item <= 2 + random.Next(4); item++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{item}. {Pick(random, Actions)}{Pick(random, Objects)}。\n");
                }
            }
        }

        var folder = $"{leaf.Slugs}/{day.Year}";
        return ($"{folder}/{id}.md", text.ToString());
    }

    // A paragraph of the corpus's vocabulary.
    private string BodyParagraph(Random random) => vocabulary == CorpusVocabulary.Natural ? NaturalText.Paragraph(random) : Paragraph(random);

    /// <summary>One paragraph of whole sentences of stock phrases, 150 to 400 characters in all.</summary>
    internal static string Paragraph(Random random)
    {
        var paragraph = new StringBuilder();
        var target = 150 + random.Next(251);
        while (true)
        {
            var sentence = $"{Pick(random, Subjects)}{Pick(random, Actions)}{Pick(random, Objects)},{Pick(random, Details)}。";
            if (paragraph.Length >= 150 && paragraph.Length + sentence.Length > Math.Max(target, 150))
            {
                return paragraph.ToString();
            }

            if (paragraph.Length + sentence.Length > 400)
            {
                return paragraph.Length >= 150 ? paragraph.ToString() : paragraph.Append(sentence.AsSpan(0, 400 - paragraph.Length - 1)).Append('。').ToString();
            }

            paragraph.Append(sentence);
        }
    }

    /// <summary>One of <paramref name="items"/>, drawn from <paramref name="random"/>.</summary>
    internal static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
