using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Theme;

public sealed class ThemeTemplatesTests
{
    private static TestSite SiteWithTemplate(string path, string text)
    {
        var site = TestSite.Create(
            ("input/_site.yml", TestSite.Settings),
            ("input/a.md", TestSite.Article("标题", "2021-01-08", "[政务公开]", extra: "slug: a\n")));
        site.Write(path, text);
        return site;
    }

    // A build of the site fails with one error, at this template's line, whose message holds the fragment.
    private static async Task AssertFailsAt(TestSite site, string file, int line, string fragment)
    {
        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        var error = Assert.Single(exception.Errors);
        Assert.Equal((file, line), (error.File, error.Line));
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_variable_names_the_template_and_line()
    {
        using var site = SiteWithTemplate("theme/layouts/article.html", "<h1>{{ article.title }}</h1>\n<p>{{ artcle.source }}</p>\n");

        await AssertFailsAt(site, "theme/layouts/article.html", 2, "artcle");
    }

    [Fact]
    public async Task A_template_that_does_not_parse_names_the_template_and_line()
    {
        using var site = SiteWithTemplate("theme/partials/footer.html", "<footer>\n{{ if site.title }}\n</footer>\n");

        var exception = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        Assert.Contains(exception.Errors, e => e.File == "theme/partials/footer.html" && e.Line is not null);
    }

    [Fact]
    public async Task A_missing_partial_names_the_template_that_asks_for_it()
    {
        using var site = SiteWithTemplate("theme/layouts/404.html", "<h1>404</h1>\n{{ partial \"nowhere\" }}\n");

        await AssertFailsAt(site, "theme/layouts/404.html", 2, "no partial 'nowhere'");
    }

    [Fact]
    public async Task A_partial_asked_for_without_a_name_names_the_template_and_line()
    {
        using var site = SiteWithTemplate("theme/layouts/404.html", "<h1>404</h1>\n{{ partial }}\n");

        await AssertFailsAt(site, "theme/layouts/404.html", 2, "Invalid number of arguments");
    }

    [Fact]
    public async Task Printed_values_are_escaped_but_partials_and_bodies_are_not()
    {
        using var site = SiteWithTemplate("theme/layouts/article.html", "<h1>{{ article.title }}</h1>{{ \"<b>\" }}{{ partial \"breadcrumbs\" }}{{ article.body }}");
        site.Write("input/a.md", TestSite.Article("A & B", "2021-01-08", "[政务公开]", body: "**粗体**", extra: "slug: a\n"));

        await site.BuildAsync();

        var html = site.ReadOutput("zwgk/202101/a.html");
        Assert.Contains("<h1>A &amp; B</h1>&lt;b&gt;<nav class=\"breadcrumbs\"", html, StringComparison.Ordinal);
        Assert.Contains("<p><strong>粗体</strong></p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_rendered_after_one_that_failed_holds_only_its_own_text()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        site.Write("theme/layouts/base.html", "<main>{{ content }}</main>");
        site.Write("theme/layouts/item.html", "{{ partial \"name\" }}{{ title }}{{ if title == \"坏\" }}{{ nowhere }}{{ end }}");
        site.Write("theme/partials/name.html", "<p>{{ title }}</p>");
        using var theme = await Gazette.Theme.ThemeTemplates.LoadAsync(site.Paths, CancellationToken.None);

        var first = Page(theme, "甲");
        Assert.Throws<GazetteException>(() => Page(theme, "坏"));
        var after = Page(theme, "乙");

        Assert.Equal("<main><p>甲</p>甲</main>", first);
        Assert.Equal("<main><p>乙</p>乙</main>", after);
        Assert.Equal(after, Page(theme, "乙"));
    }

    [Fact]
    public async Task A_partial_that_reads_only_site_is_rendered_once_for_each_site_and_the_same_on_every_page()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        site.Write("theme/layouts/base.html", "{{ partial \"brand\" }}|{{ partial \"name\" }}|{{ content }}");
        site.Write("theme/layouts/item.html", "{{ title }}");
        site.Write("theme/partials/brand.html", "{{ for word in site.words }}{{ word }}{{ end }}");
        site.Write("theme/partials/name.html", "{{ title }}");
        using var theme = await Gazette.Theme.ThemeTemplates.LoadAsync(site.Paths, CancellationToken.None);
        var bureau = new CountingSite(["人社", "局"]);
        var other = new CountingSite(["别处"]);

        string Render(CountingSite shown, string title) => System.Text.Encoding.UTF8.GetString(theme.RenderPage("item", new SiteItemModel(shown, title)));

        Assert.Equal("人社局|甲|甲", Render(bureau, "甲"));
        Assert.Equal("人社局|乙|乙", Render(bureau, "乙"));
        Assert.Equal("别处|丙|丙", Render(other, "丙"));
        Assert.Equal("人社局|丁|丁", Render(bureau, "丁"));
        Assert.Equal((2, 1), (bureau.Reads, other.Reads));
    }

    [Fact]
    public void A_page_model_s_globals_are_those_scriban_s_importer_makes_of_it()
    {
        // Only which object goes where matters here, not what the views hold.
        static T View<T>() => (T)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(T));
        var model = new Gazette.Theme.Views.PageModel(View<Gazette.Theme.Views.SiteView>(), View<Gazette.Theme.Views.PageView>(), View<Gazette.Theme.Views.ArticleView>(), null, Search: View<Gazette.Theme.Views.SearchPageView>());
        var imported = new Scriban.Runtime.ScriptObject();
        Scriban.Runtime.ScriptObjectExtensions.Import(imported, model, renamer: Scriban.Runtime.StandardMemberRenamer.Default);

        var globals = Gazette.Theme.ThemeTemplates.PageGlobals(model);

        Assert.Equal(imported.Keys.Order(StringComparer.Ordinal), globals.Keys.Order(StringComparer.Ordinal));
        foreach (var key in imported.Keys)
        {
            Assert.Same(imported[key], globals[key]);
            Assert.Equal(imported.CanWrite(key), globals.CanWrite(key));
        }
    }

    private static string Page(Gazette.Theme.ThemeTemplates theme, string title) => System.Text.Encoding.UTF8.GetString(theme.RenderPage("item", new ItemModel(title)));

    /// <summary>A page's globals for the templates above.</summary>
    public sealed record ItemModel(string Title);

    /// <summary>A page's globals with a site, for the partial cache above.</summary>
    public sealed record SiteItemModel(CountingSite Site, string Title);

    /// <summary>A site whose words count how often a template reads them.</summary>
    public sealed class CountingSite(string[] words)
    {
        public int Reads { get; private set; }

        public string[] Words
        {
            get
            {
                Reads++;
                return words;
            }
        }
    }
}
