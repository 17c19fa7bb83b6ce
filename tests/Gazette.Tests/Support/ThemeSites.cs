namespace Gazette.Tests.Support;

/// <summary>Built sites that show every part of the theme, for the checker, browser and markup tests.</summary>
internal static class ThemeSites
{
    /// <summary>The article of <see cref="Generated"/> that carries every 信息公开 field and is withdrawn.</summary>
    public const string WithdrawnArticle = "tzgg/201905/repealed.html";

    /// <summary>The bureau's seed, imported and built.</summary>
    public static async Task<TestSite> Bureau()
    {
        var site = TestSite.Bureau();
        await site.ImportAsync();
        await site.BuildAsync();
        return site;
    }

    /// <summary>The generated test site, with one withdrawn public-information article added, built.</summary>
    public static async Task<TestSite> Generated()
    {
        var site = GeneratedSite.Create();
        site.Write("input/generated/repealed.md", TestSite.Article(
            "关于调整失业保险金标准的通知",
            "2019-05-06T10:00:00+08:00",
            "[通知公告]",
            "各市、区人力资源和社会保障局:\n\n现将调整失业保险金标准的有关事项通知如下。\n\n| 档次 | 标准 |\n|---|---|\n| 一档 | 1,900 元 |\n| 二档 | 2,000 元 |",
            "slug: repealed\nsource: 苏州市人力资源和社会保障局\nindex_no: 014000319/2019-00123\npublisher: 苏州市人力资源和社会保障局\ndoc_no: 苏人社发〔2019〕12号\ndoc_date: 2019-04-30\narchived: 2021-01-05\nstatus: 已废止\ntopic: 劳动、人事、监察\nkeywords: 职业培训;补贴\n"));
        await site.BuildAsync();
        return site;
    }
}
