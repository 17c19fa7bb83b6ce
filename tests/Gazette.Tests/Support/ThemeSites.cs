namespace Gazette.Tests.Support;

/// <summary>Built sites that show every part of the theme, for the checker, browser and markup tests.</summary>
internal static class ThemeSites
{
    /// <summary>The article of <see cref="Generated"/> that carries every 信息公开 field and is withdrawn.</summary>
    public const string WithdrawnArticle = "tzgg/201905/repealed.html";

    /// <summary>The page (单页) of <see cref="Generated"/>, with an image and a document in its own folder.</summary>
    public const string Page = "gywm/";

    /// <summary>The article of <see cref="Generated"/> with an image and 附件 in its own folder.</summary>
    public const string ArticleWithAttachments = "tzgg/201906/kszn.html";

    /// <summary>The bureau's seed, imported and built.</summary>
    public static async Task<TestSite> Bureau()
    {
        var site = TestSite.Bureau();
        await site.ImportAsync();
        await site.BuildAsync();
        return site;
    }

    /// <summary>
    /// The generated test site, with one withdrawn public-information article, a page and an article with attachments
    /// added, built; under <paramref name="basePath"/>, with <paramref name="settings"/> added to its <c>_site.yml</c>.
    /// </summary>
    public static async Task<TestSite> Generated(string basePath = "/", string settings = "")
    {
        var site = GeneratedSite.Create(basePath);
        site.Write("input/_site.yml", GeneratedSite.Settings(basePath) + settings);
        site.Write("input/generated/repealed.md", TestSite.Article(
            "关于调整失业保险金标准的通知",
            "2019-05-06T10:00:00+08:00",
            "[通知公告]",
            "各市、区人力资源和社会保障局:\n\n现将调整失业保险金标准的有关事项通知如下。\n\n| 档次 | 标准 |\n|---|---|\n| 一档 | 1,900 元 |\n| 二档 | 2,000 元 |",
            "slug: repealed\nsource: 苏州市人力资源和社会保障局\nindex_no: 014000319/2019-00123\npublisher: 苏州市人力资源和社会保障局\ndoc_no: 苏人社发〔2019〕12号\ndoc_date: 2019-04-30\narchived: 2021-01-05\nstatus: 已废止\ntopic: 劳动、人事、监察\nkeywords: 职业培训;补贴\n"));
        site.Write("input/pages/gywm/index.md", "---\ntitle: 关于我们\nmenu: true\nsummary: 测试人社局的职能与联系方式。\n---\n\n测试人社局负责全市人力资源和社会保障工作。\n\n![测试人社局办公楼](building.png)\n\n办事请先阅读[办事指南](办事指南.pdf)。\n");
        site.WriteBytes("input/pages/gywm/building.png", TestImages.Png(320, 200));
        site.WriteBytes("input/pages/gywm/办事指南.pdf", new byte[40 * 1024]);
        site.Write("input/generated/kszn/index.md", TestSite.Article(
            "关于做好2019年度技能考试的通知",
            "2019-06-10T09:00:00+08:00",
            "[通知公告]",
            "各有关单位:\n\n现将考试安排通知如下，报名表见附件。\n\n![考场示意图](kaochang.png)\n\n详见[报名表](附件1%20报名表.docx)。"));
        site.WriteBytes("input/generated/kszn/kaochang.png", TestImages.Png(480, 270));
        site.WriteBytes("input/generated/kszn/附件1 报名表.docx", new byte[23 * 1024]);
        site.WriteBytes("input/generated/kszn/附件2 考点名单.xlsx", new byte[180 * 1024]);
        await site.BuildAsync();
        return site;
    }
}
