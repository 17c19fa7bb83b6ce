using Gazette.Import;
using Gazette.Import.Parsing;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Import.Parsing;

public sealed class SeedParserTests
{
    private static SeedPage ParseBureauSeed() =>
        SeedParser.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "000_e0b2ebfcac031705.txt")));

    [Fact]
    public void Reads_the_bureau_seed_title_date_source_and_section()
    {
        var page = ParseBureauSeed();

        Assert.Equal("城乡一体强融合,全力服务新市民——苏州市人社局获评全国农民工工作先进集体", page.Title);
        Assert.Equal(PublicationDate.At(2021, 1, 8, 13, 28), page.Date);
        Assert.Equal("苏州市人力资源和社会保障局", page.Source);
        Assert.Equal(new[] { "资讯中心", "新闻动态" }, page.Section.ToArray());
        Assert.Empty(page.ReviewReasons);
    }

    [Fact]
    public void Keeps_every_body_paragraph_of_the_seed_verbatim_and_no_chrome()
    {
        var seed = File.ReadAllLines(Path.Combine(RepositoryPaths.Seeds, "000_e0b2ebfcac031705.txt"));
        var bodyLines = seed.Skip(3).TakeWhile(l => l != "相关稿件").Where(l => l.Length > 0).ToList();

        var page = ParseBureauSeed();

        Assert.Equal(bodyLines, page.Paragraphs);
        Assert.Equal(9, page.Paragraphs.Count());
        foreach (var chrome in new[] { "访问量", "相关稿件", "您是第个访问者", "主管单位", "网站标识码", "ICP备", "公网安备", "网站地图", "联系我们" })
        {
            Assert.DoesNotContain(page.Paragraphs, p => p.Contains(chrome, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Reads_every_footer_fact_of_the_seed()
    {
        var footer = ParseBureauSeed().Footer;

        Assert.Equal(new SiteFooter(
            Supervisor: "苏州市人力资源和社会保障局",
            Sponsor: "苏州市人力资源和社会保障局",
            SiteCode: "3205000056",
            Icp: "苏ICP备10219514号-1",
            Police: "苏公网安备 32050802010605号",
            Phone: "0512-12333",
            Address: "苏州市平泷路251号城市生活广场A座",
            Postcode: "215031",
            Email: "web@rsj.suzhou.gov.cn"), footer);
    }

    [Theory]
    [InlineData("时间: 2019-03-05 09:43 来源: 某某局 访问量:", "2019-03-05 09:43", "某某局")]
    [InlineData("发布时间: 2015-09-21 14:37:27   浏览量:", "2015-09-21 14:37", null)]
    [InlineData("2011-06-18 00:00:00 来源: 本站原创", "2011-06-18", "本站原创")]
    [InlineData("发布时间:2017-12-01 16:10 来源:某某局 作者:秘书科", "2017-12-01 16:10", "某某局")]
    public void Reads_common_date_and_source_lines(string line, string date, string? source)
    {
        var page = SeedParser.Parse($"当前位置:首页 > 工作动态\n标题\n{line}\n\n正文。\n");

        Assert.Equal(date, page.Date?.ToDisplayString());
        Assert.Equal(source, page.Source);
    }

    [Fact]
    public void A_page_without_date_line_is_marked_for_review_not_guessed()
    {
        var page = SeedParser.Parse("当前位置:首页 > 工作动态\n某某标题\n\n正文里提到二○一一年四月八日。\n");

        Assert.Null(page.Date);
        Assert.Contains("no publish date found", page.ReviewReasons);
    }

    [Fact]
    public void A_repeated_breadcrumb_level_is_kept_once()
    {
        var page = SeedParser.Parse("当前位置:首页 > 工作动态> 工作动态\n标题\n发布日期: 2022-10-18\n\n正文。\n");

        Assert.Equal(new[] { "工作动态" }, page.Section.ToArray());
        Assert.False(page.Date!.Value.HasTime);
    }
}
