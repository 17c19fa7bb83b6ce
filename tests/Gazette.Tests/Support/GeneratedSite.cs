using System.Globalization;
using System.Text;

namespace Gazette.Tests.Support;

/// <summary>
/// A deterministic site of 60 articles over three sections (新闻动态 nested under 资讯中心), four years and four topics,
/// some tagged, some with old addresses: big enough to paginate, archive and relate, small enough to check by hand.
/// </summary>
internal static class GeneratedSite
{
    public const int ArticleCount = 60;

    public static readonly string[] Topics = ["失业保险", "职业技能培训", "养老保险", "招聘会"];

    private static readonly string[][] Vocabulary =
    [
        ["失业保险金", "失业登记", "稳岗返还", "失业人员", "申领待遇", "失业保险基金"],
        ["职业技能", "技能培训", "培训补贴", "技能等级", "职业培训学校", "实训基地"],
        ["养老保险", "养老金", "退休人员", "缴费年限", "基本养老金", "城乡居民养老"],
        ["招聘会", "用人单位", "求职者", "就业岗位", "现场招聘", "网络招聘"],
    ];

    private static readonly (string Section, string Path)[] Sections =
    [
        ("[资讯中心, 新闻动态]", "zxzx/xwdt"),
        ("[通知公告]", "tzgg"),
        ("[政策解读]", "zcjd"),
    ];

    public static string Settings(string basePath = "/") => $$"""
        title: 测试人社局
        base_url: https://example.gov.cn
        base_path: {{basePath}}
        page_size: 7
        feed_size: 10
        old_addresses: /{old_path}/{yyyyMM}/{old_id}.shtml
        sections:
          - name: 资讯中心
            slug: zxzx
            sections:
              - name: 新闻动态
                slug: xwdt
                type: 工作动态
                old_path: szrsj/xwdt
          - name: 通知公告
            slug: tzgg
          - name: 政策解读
            slug: zcjd
          - name: 专题专栏
            slug: ztzl
        footer:
          sponsor: 测试人社局
          site_code: "1234567890"
          icp: 苏ICP备00000000号-1
          police: 苏公网安备 00000000000000号

        """;

    public static int Year(int i) => 2018 + (i % 4);

    public static int Month(int i) => 1 + (i * 7 % 12);

    public static int Topic(int i) => i / 3 % 4;

    public static string SectionPath(int i) => Sections[i % 3].Path;

    public static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"a{i:00}");

    public static string SitePath(int i) => string.Create(CultureInfo.InvariantCulture, $"{SectionPath(i)}/{Year(i)}{Month(i):00}/{Id(i)}.html");

    public static TestSite Create(string basePath = "/")
    {
        var files = new List<(string, string)> { ("input/_site.yml", Settings(basePath)) };
        for (var i = 0; i < ArticleCount; i++)
        {
            files.Add((string.Create(CultureInfo.InvariantCulture, $"input/generated/{Id(i)}.md"), Article(i)));
        }

        return TestSite.Create([.. files]);
    }

    private static string Article(int i)
    {
        var topic = Topic(i);
        var words = Vocabulary[topic];
        var body = new StringBuilder();
        for (var p = 0; p < 3; p++)
        {
            body.Append(CultureInfo.InvariantCulture, $"近日,我市{words[(i + p) % 6]}工作稳步推进,围绕{words[(i + p + 1) % 6]}和{words[(i + p + 2) % 6]},各级人社部门认真落实各项要求。\n\n");
        }

        var extra = new StringBuilder();
        extra.Append(CultureInfo.InvariantCulture, $"slug: {Id(i)}\nsource: 测试人社局\nsummary: 我市{Topics[topic]}工作第{i}期进展。\n");
        if (i % 5 == 0)
        {
            extra.Append(CultureInfo.InvariantCulture, $"tags: [{Topics[topic]}]\n");
        }

        if (i % 10 == 0)
        {
            extra.Append(CultureInfo.InvariantCulture, $"old_id: {i:x32}\n");
        }

        if (i == 7)
        {
            extra.Append("aliases: [/art/2019/legacy.html, /old/notice/]\n");
        }

        var date = string.Create(CultureInfo.InvariantCulture, $"{Year(i)}-{Month(i):00}-{1 + (i % 28):00}T09:{i % 60:00}:00+08:00");
        return TestSite.Article($"{Topics[topic]}工作第{i}期", date, Sections[i % 3].Section, body.ToString().TrimEnd(), extra.ToString());
    }
}
