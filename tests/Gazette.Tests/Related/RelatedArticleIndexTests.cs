using System.Collections.Immutable;
using Gazette.Related;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Related;

/// <summary>
/// Related articles on a dozen cases one can check by reading them: sixteen short news items on six topics, written the
/// way the bureau writes. Each case names an article and the articles a reader would expect under 相关稿件.
/// </summary>
public sealed class RelatedArticleIndexTests
{
    private static readonly (string Topic, string Title, string Body)[] News =
    [
        ("失业", "我市上调失业保险金标准", "自7月1日起,我市失业保险金标准由每月1800元调整为1900元,失业人员按月领取失业保险金。"),
        ("失业", "失业人员可在网上申领失业保险金", "参保失业人员可通过网上办事大厅申领失业保险金,审核通过后失业保险金按月发放至社会保障卡。"),
        ("失业", "失业保险稳岗返还政策继续实施", "对不裁员或少裁员的参保企业,继续返还上年度实际缴纳失业保险费的50%,支持企业稳定岗位。"),
        ("技能", "第三届职业技能大赛落幕", "本届职业技能大赛设电工、焊工等12个项目,获奖选手将按规定晋升职业技能等级。"),
        ("技能", "企业职工技能提升培训补贴申领指南", "企业职工参加职业技能培训并取得职业技能等级证书的,可申领技能提升补贴。"),
        ("技能", "我市新增三家高技能人才培训基地", "新认定的高技能人才培训基地将承担职业技能培训和技能等级认定任务。"),
        ("养老", "退休人员基本养老金上调4%", "今年我市企业退休人员基本养老金总体上调4%,调整后的养老金于8月底前发放到位。"),
        ("养老", "城乡居民基础养老金标准提高", "城乡居民基本养老保险基础养老金最低标准由每月135元提高到150元,惠及60周岁以上参保居民。"),
        ("养老", "养老保险缴费年限可跨省累计", "参保人员跨省流动就业的,养老保险缴费年限累计计算,退休时按规定领取基本养老金。"),
        ("招聘", "春风行动大型招聘会举办", "春风行动大型招聘会现场组织200家用人单位,提供就业岗位8000余个,吸引求职者3000余人。"),
        ("招聘", "高校毕业生专场招聘会提供岗位5000个", "本次高校毕业生专场招聘会组织用人单位150家,求职者可现场投递简历,网络招聘同步开放。"),
        ("招聘", "退役军人专场招聘会在社区举办", "退役军人专场招聘会吸引20家用人单位进场招聘,提供保安、驾驶员等就业岗位。"),
        ("工伤", "工伤认定办理时限缩短至30日", "我市工伤认定办理时限由60日缩短至30日,职工发生工伤后可网上提交工伤认定申请。"),
        ("工伤", "工伤保险覆盖新就业形态劳动者", "外卖骑手等新就业形态劳动者纳入工伤保险保障范围,发生工伤可享受工伤保险待遇。"),
        ("欠薪", "根治欠薪冬季专项行动启动", "冬季专项行动重点检查工程建设领域拖欠农民工工资问题,确保农民工工资按时足额支付。"),
        ("欠薪", "劳动保障监察支队追回欠薪300万元", "今年以来,劳动保障监察支队查处拖欠工资案件40件,为农民工追回工资300万元。"),
    ];

    private static ImmutableArray<Article> Articles()
    {
        var section = SiteSettingsLoader.Parse(TestSite.Settings, "_site.yml").Sections.Find(["政务公开"])!;
        return [.. News.Select((n, i) => new Article(
            $"input/{i}.md",
            $"n{i:00}",
            n.Title,
            PublicationDate.OnDay(2021, 1, 28 - i),
            null,
            section,
            null,
            null,
            new PublicInformation(),
            [],
            [],
            new ArticleBody(n.Body)))];
    }

    public static TheoryData<int> EveryArticle()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < 12; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryArticle))]
    public void The_most_related_articles_are_on_the_same_topic(int article)
    {
        var articles = Articles();
        var index = RelatedArticleIndex.Build(articles, 5, CancellationToken.None);

        var related = index.RelatedTo(article);

        // Three articles per topic for the first twelve: the two others must come first.
        var sameTopic = Enumerable.Range(0, News.Length).Where(i => i != article && News[i].Topic == News[article].Topic).ToHashSet();
        Assert.True(related.Length >= 2, $"{News[article].Title}: only {related.Length} related");
        Assert.True(sameTopic.SetEquals(related.Take(2)), $"{News[article].Title}: got {string.Join(", ", related.Select(i => News[i].Title))}");
    }

    [Theory]
    [InlineData(12, 13)]
    [InlineData(13, 12)]
    [InlineData(14, 15)]
    [InlineData(15, 14)]
    public void An_article_on_a_topic_of_two_relates_first_to_its_pair(int article, int pair)
    {
        var index = RelatedArticleIndex.Build(Articles(), 5, CancellationToken.None);

        Assert.Equal(pair, index.RelatedTo(article).First());
    }

    [Fact]
    public void Articles_with_nothing_in_common_are_not_called_related()
    {
        var articles = Articles().Add(Articles()[0] with { SourceFile = "input/x.md", Id = "x", Title = "Annual report", Body = new ArticleBody("English only text about weather.") });
        var index = RelatedArticleIndex.Build(articles, 5, CancellationToken.None);

        Assert.Empty(index.RelatedTo(articles.Length - 1));
        Assert.All(Enumerable.Range(0, News.Length), i => Assert.DoesNotContain(articles.Length - 1, index.RelatedTo(i)));
    }

    [Fact]
    public void The_same_input_gives_the_same_related_articles()
    {
        var first = RelatedArticleIndex.Build(Articles(), 5, CancellationToken.None);
        var second = RelatedArticleIndex.Build(Articles(), 5, CancellationToken.None);

        Assert.All(Enumerable.Range(0, News.Length), i => Assert.Equal(first.RelatedTo(i).ToArray(), second.RelatedTo(i).ToArray()));
    }
}
