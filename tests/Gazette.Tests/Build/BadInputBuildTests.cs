using Gazette.Build;
using Gazette.Site;
using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Build;

/// <summary>
/// Inputs found by a robustness probe: each one once ended in an unhandled exception or a broken output file. A build
/// of them must either succeed and publish something sound, or stop with errors that name the file and line.
/// </summary>
public sealed class BadInputBuildTests
{
    private const string ArticleFile = "input/a.md";

    private const string OldAddressSettings = TestSite.Settings + "old_addresses: /{old_path}/{yyyyMM}/{old_id}.shtml\n";

    // TestSite.Article writes title on line 2, date on 3, section on 4 and the extra keys from line 5.
    private static TestSite SiteWith(string extra, string date = "2021-01-08", string settings = TestSite.Settings) => TestSite.Create(
        ("input/_site.yml", settings),
        (ArticleFile, TestSite.Article("标题", date, "[资讯中心, 新闻动态]", extra: extra)));

    private static async Task<GazetteError> SingleLocatedErrorAsync(TestSite site, string file, int line)
    {
        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);
        var error = Assert.Single(exception.Errors);
        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
        return error;
    }

    [Theory]
    [InlineData("aliases: [\"/old/a\\nb.html\"]\n", "alias")]
    [InlineData("aliases: [\"/old/a\\rb.html\"]\n", "alias")]
    [InlineData("aliases: [\"/old/a\\u0085b.html\"]\n", "alias")]
    [InlineData("old_id: \"a\\nb\"\n", "old_id")]
    [InlineData("old_id: \"a\\u0001b\"\n", "old_id")]
    public async Task A_control_character_in_an_old_address_is_refused_before_it_reaches_the_redirect_map(string extra, string key)
    {
        using var site = SiteWith("slug: a\n" + extra, settings: OldAddressSettings);

        var error = await SingleLocatedErrorAsync(site, ArticleFile, 6);

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.ToString());
        Assert.False(site.DeployExists("redirects.map"));
    }

    [Fact]
    public async Task A_control_character_in_the_site_title_is_removed()
    {
        using var site = SiteWith("slug: a\n", settings: TestSite.Settings.Replace("title: 测试人社局", "title: \"测试\\u0001人社局\"", StringComparison.Ordinal));

        await site.BuildAsync();

        Assert.Contains("<title>标题 - 测试人社局</title>", site.ReadOutput("zxzx/xwdt/202101/a.html"), StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', site.ReadOutput("atom.xml"));
    }

    [Theory]
    [InlineData("    slug: xwdt", "    slug: \"xw\\u0001dt\"")]
    [InlineData("  - name: 资讯中心", "  - name: \"资讯\\u0001中心\"")]
    [InlineData("  - name: 资讯中心", "  - name: \"资讯\\n中心\"")]
    public async Task A_control_character_in_a_section_name_or_slug_is_a_located_error(string line, string replacement)
    {
        var settings = TestSite.Settings.Replace(line, replacement, StringComparison.Ordinal);
        var lineNumber = settings.Split('\n').ToList().FindIndex(l => l.EndsWith(replacement, StringComparison.Ordinal)) + 1;
        using var site = SiteWith("slug: a\n", settings: settings);

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        var error = Assert.Single(exception.Errors);
        Assert.Equal("input/_site.yml", error.File);
        Assert.Equal(lineNumber, error.Line);
    }

    [Fact]
    public async Task A_slug_too_long_for_a_file_name_is_refused_with_the_limit()
    {
        using var site = SiteWith($"slug: {new string('a', 300)}\n");

        var error = await SingleLocatedErrorAsync(site, ArticleFile, 5);

        Assert.Contains("at most 100 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/a//b.html")]
    [InlineData("/a/./b.html")]
    [InlineData("/a/../b.html")]
    [InlineData("/a\\\\b.html")]
    [InlineData("/a.asp?id=1")]
    [InlineData("/a.html#top")]
    [InlineData("/a b.html")]
    [InlineData("/a\\tb.html")]
    [InlineData("/a/%2e%2e/b.html")]
    [InlineData("/a/%2E%2e/b.html")]
    [InlineData("/a/%zz.html")]
    [InlineData("a.html")]
    [InlineData("//host/a.html")]
    [InlineData("/index.html/a.html")]
    public async Task A_malformed_alias_is_a_located_error(string alias)
    {
        using var site = SiteWith($"slug: a\naliases: [\"{alias}\"]\n");

        var error = await SingleLocatedErrorAsync(site, ArticleFile, 6);

        Assert.Contains("alias", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 150)]
    [InlineData(101, 1)]
    public async Task An_overlong_alias_is_a_located_error(int segmentLength, int segments)
    {
        var alias = "/" + string.Join('/', Enumerable.Repeat(new string('a', segmentLength), segments)) + ".html";
        using var site = SiteWith($"slug: a\naliases: [\"{alias}\"]\n");

        var error = await SingleLocatedErrorAsync(site, ArticleFile, 6);

        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_percent_encoded_alias_is_published_at_the_address_it_stands_for()
    {
        using var site = SiteWith("slug: a\naliases: [/old/%E6%97%A7%E9%97%BB.html]\n");

        await site.BuildAsync();

        Assert.True(site.OutputExists("old/旧闻.html"));
        Assert.Contains("/old/旧闻.html /zxzx/xwdt/202101/a.html;", site.ReadDeploy("redirects.map"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("index_2.html")]
    [InlineData("atom.xml")]
    [InlineData("rss.xml")]
    [InlineData("Index.HTML")]
    [InlineData("\".\"")]
    [InlineData("\"..\"")]
    [InlineData("\"...\"")]
    [InlineData("\". .\"")]
    [InlineData("\"a\\u0001b\"")]
    [InlineData("\"a\\nb\"")]
    [InlineData("\"a\\u2028b\"")]
    [InlineData("\"\\u0001\"")]
    public async Task A_tag_that_would_clash_with_or_escape_the_tag_pages_is_a_located_error(string tag)
    {
        using var site = SiteWith($"slug: a\ntags: [{tag}]\n");

        var error = await SingleLocatedErrorAsync(site, ArticleFile, 6);

        Assert.Contains("tag", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-01T00:00+08:00")]
    [InlineData("1899-12-31")]
    [InlineData("2201-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("9999-12-31T23:59+08:00")]
    [InlineData("9999-12-31T23:59-08:00")]
    [InlineData("0001-01-01T00:00-14:00")]
    [InlineData("2021-01-08T10:00+15:00")]
    public async Task A_date_outside_the_accepted_years_is_a_located_error(string date)
    {
        using var site = SiteWith("slug: a\n", date);

        var error = await SingleLocatedErrorAsync(site, ArticleFile, 3);

        Assert.Contains("'date'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2200-12-31T23:59+08:00")]
    public async Task A_date_at_either_end_of_the_accepted_years_is_published(string date)
    {
        using var site = SiteWith("slug: a\n", date);

        // The later end is in the future, so it is published by --future only.
        await new SiteBuilder(TimeProvider.System) { Release = ReleaseRules.PublishFuture }.BuildAsync(site.Paths, CancellationToken.None);

        Assert.True(site.OutputExists($"zxzx/xwdt/{date[..4]}{date[5..7]}/a.html"));
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("a?b")]
    [InlineData("\"a b\"")]
    public async Task An_old_id_that_is_not_a_plain_name_is_a_located_error(string oldId)
    {
        using var site = SiteWith($"slug: a\nold_id: {oldId}\n", settings: OldAddressSettings);

        var error = await SingleLocatedErrorAsync(site, ArticleFile, 6);

        Assert.Contains("old_id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_old_id_too_long_for_a_file_name_is_refused_with_the_limit()
    {
        using var site = SiteWith($"slug: a\nold_id: {new string('b', 101)}\n", settings: OldAddressSettings);

        var error = await SingleLocatedErrorAsync(site, ArticleFile, 6);

        Assert.Contains("at most 100 characters", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("        old_path: \"szrsj/x\\ny\"")]
    [InlineData("        old_path: szrsj//xwdt")]
    [InlineData("        old_path: szrsj/../xwdt")]
    [InlineData("        old_path: \"szrsj/a b\"")]
    [InlineData("        old_path: szrsj/a?b")]
    [InlineData("        old_path: index.html")]
    [InlineData("        old_path: szrsj/xwdt.shtml")]
    public async Task A_malformed_old_path_is_a_located_error(string oldPathLine)
    {
        var settings = OldAddressSettings.Replace("        type: 工作动态\n", "        type: 工作动态\n" + oldPathLine + "\n", StringComparison.Ordinal);
        var lineNumber = settings.Split('\n').ToList().IndexOf(oldPathLine) + 1;
        using var site = SiteWith("slug: a\n", settings: settings);

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        var error = Assert.Single(exception.Errors);
        Assert.Equal("input/_site.yml", error.File);
        Assert.Equal(lineNumber, error.Line);
        Assert.Contains("old_path", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zxzx")]
    [InlineData("/zxzx/xwdt/202101")]
    [InlineData("/tags")]
    [InlineData("/archive/2021")]
    public async Task An_alias_where_the_site_has_a_folder_is_an_error_naming_the_file(string alias)
    {
        using var site = SiteWith($"slug: a\ntags: [就业]\naliases: [{alias}]\n");

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        var error = Assert.Single(exception.Errors);
        Assert.Equal(ArticleFile, error.File);
        Assert.Contains("is a folder of the site", error.Message, StringComparison.Ordinal);
    }
}
