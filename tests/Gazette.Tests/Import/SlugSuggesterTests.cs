using Gazette.Import;

namespace Gazette.Tests.Import;

public sealed class SlugSuggesterTests
{
    [Theory]
    [InlineData("资讯中心", "zxzx")]
    [InlineData("新闻动态", "xwdt")]
    [InlineData("通知公告", "tzgg")]
    [InlineData("政务公开", "zwgk")]
    [InlineData("人社要闻", "rsyw")]
    [InlineData("12333 热线", "12333rx")]
    public void Gives_the_pinyin_initials_government_sites_use(string name, string slug) =>
        Assert.Equal(slug, SlugSuggester.Suggest(name, []));

    [Fact]
    public void Avoids_a_slug_a_sibling_already_has() =>
        Assert.Equal("xwdt-2", SlugSuggester.Suggest("新闻动态", ["xwdt"]));

    [Fact]
    public void Falls_back_to_a_plain_word_when_no_initial_is_known() =>
        Assert.Equal("section", SlugSuggester.Suggest("——", []));
}
