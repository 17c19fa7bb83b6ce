using System.Text;
using System.Text.RegularExpressions;
using Gazette.Tests.Support;
using Gazette.Theme;

namespace Gazette.Tests.Theme;

/// <summary>
/// Stylesheets and scripts are published under a name that carries a hash of their content, so that a server may let
/// browsers keep them for a year: a change is a new address, and every page links the new one.
/// </summary>
public sealed partial class ThemeAssetsTests
{
    [GeneratedRegex("href=\"/(assets/gazette\\.[0-9a-f]{10}\\.css)\"")]
    private static partial Regex StylesheetLink();

    [Fact]
    public void A_stylesheet_or_script_is_named_by_its_content_and_any_other_asset_keeps_its_name()
    {
        var css = Encoding.UTF8.GetBytes("body { color: #222; }");

        var name = ThemeAssets.PublishedName("gazette.css", css);

        Assert.Matches("^gazette\\.[0-9a-f]{10}\\.css$", name);
        Assert.Equal(name, ThemeAssets.PublishedName("gazette.css", css.ToArray()));
        Assert.NotEqual(name, ThemeAssets.PublishedName("gazette.css", Encoding.UTF8.GetBytes("body { color: #111; }")));
        Assert.Matches("^js/menu\\.[0-9a-f]{10}\\.js$", ThemeAssets.PublishedName("js/menu.js", css));
        Assert.Equal("logo.png", ThemeAssets.PublishedName("logo.png", css));
        Assert.Equal("fonts/a.woff2", ThemeAssets.PublishedName("fonts/a.woff2", css));
    }

    [Fact]
    public async Task Every_page_links_the_stylesheet_by_its_published_name_and_no_unhashed_copy_is_published()
    {
        using var site = TestSite.Create(
            ("input/_site.yml", TestSite.Settings),
            ("input/a.md", TestSite.Article("第一篇", "2021-01-08T13:28:00+08:00", "[资讯中心, 新闻动态]")));
        site.Write("theme/assets/logo.png", "not really a png");
        await site.BuildAsync();

        var output = site.Snapshot();
        var links = output.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => StylesheetLink().Match(Encoding.UTF8.GetString(f.Value)).Groups[1].Value)
            .Distinct()
            .ToList();
        var stylesheet = Assert.Single(links);
        Assert.True(output.ContainsKey(stylesheet));
        Assert.False(output.ContainsKey("assets/gazette.css"));
        Assert.True(output.ContainsKey("assets/logo.png"));
    }

    [Fact]
    public async Task Editing_the_stylesheet_publishes_it_under_a_new_name_removes_the_old_and_equals_a_clean_build()
    {
        using var site = TestSite.Create(
            ("input/_site.yml", TestSite.Settings),
            ("input/a.md", TestSite.Article("第一篇", "2021-01-08T13:28:00+08:00", "[资讯中心, 新闻动态]")));
        await site.BuildAsync();
        var before = StylesheetLink().Match(site.ReadOutput("index.html")).Groups[1].Value;

        File.AppendAllText(Path.Combine(site.Paths.Theme, "assets", "gazette.css"), "\n.notice { color: #a00; }\n");
        await site.BuildAsync();
        var incremental = site.Snapshot();
        var after = StylesheetLink().Match(site.ReadOutput("zxzx/xwdt/index.html")).Groups[1].Value;
        Gazette.Build.SiteBuilder.ForgetCaches(site.Paths);
        await site.BuildAsync();

        Assert.NotEqual(before, after);
        Assert.False(site.OutputExists(before));
        Assert.Contains(".notice { color: #a00; }", site.ReadOutput(after), StringComparison.Ordinal);
        Assert.Equal(site.Snapshot(), incremental);
    }
}
