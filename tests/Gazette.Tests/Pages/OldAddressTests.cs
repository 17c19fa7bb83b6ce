using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Pages;

/// <summary>
/// Old addresses outside <c>base_path</c>: written in full on the site's host, they go only into the server's map (no
/// page can be written outside the site's folder), and the build says so; the site-wide rule makes addresses only for
/// articles from the old CMS.
/// </summary>
public sealed class OldAddressTests
{
    private static readonly string Settings = TestSite.Settings.Replace("page_size: 2", "page_size: 2\nbase_path: /news/", StringComparison.Ordinal);

    private static string Map(TestSite site) => site.ReadDeploy("redirects.map");

    [Fact]
    public async Task An_alias_in_full_outside_base_path_goes_only_into_the_map_and_the_build_says_so()
    {
        using var site = TestSite.Create(
            ("input/_site.yml", Settings),
            ("input/a.md", TestSite.Article("标题", "2021-01-08", "[政务公开]", extra: "slug: a\naliases: [https://example.gov.cn/art/2021/1/8/art_1.html, https://EXAMPLE.gov.cn/news/old/x.html, /old/y.html]\n")));

        var result = await site.BuildAsync();

        Assert.Contains("/art/2021/1/8/art_1.html /news/zwgk/202101/a.html;", Map(site), StringComparison.Ordinal);
        Assert.Contains("/news/old/x.html /news/zwgk/202101/a.html;", Map(site), StringComparison.Ordinal);
        Assert.Contains("/news/old/y.html /news/zwgk/202101/a.html;", Map(site), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Paths.Output, "art")));
        Assert.True(site.OutputExists("old/x.html"));
        Assert.True(site.OutputExists("old/y.html"));
        var note = Assert.Single(result.Notes);
        Assert.Contains("1 old addresses lie outside base_path /news/ (such as /art/2021/1/8/art_1.html)", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://other.gov.cn/art/1.html")]
    [InlineData("https://example.gov.cn/art/1.html?id=3")]
    public void An_alias_in_full_on_another_host_or_with_a_query_is_an_error_at_its_line(string alias)
    {
        var text = TestSite.Article("标题", "2021-01-08", "[政务公开]", extra: $"slug: a\naliases: [{alias}]\n");
        var errors = new List<GazetteError>();

        var article = new Gazette.Content.ArticleReader(Gazette.Site.SiteSettingsLoader.Parse(Settings, "input/_site.yml")).Read("input/a.md", text, errors, out _);

        Assert.Null(article);
        var error = Assert.Single(errors);
        Assert.Equal(Array.FindIndex(text.Split('\n'), l => l.StartsWith("aliases:", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Contains("on the site's own host (https://example.gov.cn)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rule_in_full_outside_base_path_maps_each_old_cms_article_and_no_hand_written_one()
    {
        using var site = TestSite.Create(
            ("input/_site.yml", Settings + "old_addresses: https://example.gov.cn/{old_path}/{yyyyMM}/{old_id}.shtml\n"),
            ("input/a.md", TestSite.Article("旧系统的文章", "2021-01-08", "[政务公开]", extra: "slug: a\nold_id: e0b2ebfcac031705\n")),
            ("input/b.md", TestSite.Article("新写的文章", "2021-01-09", "[政务公开]", extra: "slug: b\n")));

        var result = await site.BuildAsync();

        Assert.Contains("/zwgk/202101/e0b2ebfcac031705.shtml /news/zwgk/202101/a.html;", Map(site), StringComparison.Ordinal);
        Assert.DoesNotContain("/news/zwgk/202101/b.html", Map(site), StringComparison.Ordinal);
        Assert.Single(result.Notes);
    }

    [Fact]
    public void The_rule_in_full_on_another_host_is_an_error_at_its_line()
    {
        var settings = Settings + "old_addresses: https://other.gov.cn/{old_path}/{old_id}.shtml\n";

        var error = Assert.Single(Assert.Throws<GazetteException>(() => Gazette.Site.SiteSettingsLoader.Parse(settings, "input/_site.yml")).Errors);

        Assert.Equal(Array.FindIndex(settings.Split('\n'), l => l.StartsWith("old_addresses:", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Contains("on the site's own host", error.Message, StringComparison.Ordinal);
    }
}
