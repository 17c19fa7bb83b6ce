using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Theme;

/// <summary>A theme can neither hang the build nor crash it: loops and recursion are bounded, and missing layouts are named.</summary>
public sealed class TemplateLimitTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static TestSite Site() => TestSite.Create(
        ("input/_site.yml", TestSite.Settings),
        ("input/a.md", TestSite.Article("标题", "2021-01-08", "[政务公开]", extra: "slug: a\n")));

    [Fact]
    public async Task A_template_loop_that_never_ends_fails_naming_the_template_and_line()
    {
        using var site = Site();
        site.Write("theme/layouts/404.html", "<h1>404</h1>\n{{ while true }}{{ end }}\n");

        var exception = await Assert.ThrowsAsync<GazetteException>(() => site.BuildAsync().WaitAsync(Patience));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("theme/layouts/404.html", (int?)2), (error.File, error.Line));
        Assert.False(Directory.Exists(site.Paths.Output));
    }

    [Fact]
    public async Task A_partial_that_includes_itself_fails_naming_the_partial()
    {
        using var site = Site();
        site.Write("theme/partials/again.html", "<div>\n{{ partial \"again\" }}\n</div>\n");
        site.Write("theme/layouts/404.html", "<h1>404</h1>\n{{ partial \"again\" }}\n");

        var exception = await Assert.ThrowsAsync<GazetteException>(() => site.BuildAsync().WaitAsync(Patience));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("theme/partials/again.html", (int?)2), (error.File, error.Line));
        Assert.Contains("partial 'again' includes itself", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Paths.Output));
    }

    [Fact]
    public async Task A_template_function_that_calls_itself_forever_fails_naming_the_template()
    {
        using var site = Site();
        site.Write("theme/layouts/404.html", "<h1>404</h1>\n{{ func again }}{{ again }}{{ end }}\n{{ again }}\n");

        var exception = await Assert.ThrowsAsync<GazetteException>(() => site.BuildAsync().WaitAsync(Patience));

        Assert.Equal("theme/layouts/404.html", Assert.Single(exception.Errors).File);
    }

    [Fact]
    public async Task A_template_may_list_fifty_thousand_items()
    {
        using var site = Site();
        site.Write("theme/layouts/sitemap.html", "<h1>网站地图</h1>\n<ul>{{ for i in 1..50000 }}<li>{{ i }}</li>{{ end }}</ul>\n");

        await site.BuildAsync().WaitAsync(Patience);

        Assert.Contains("<li>50000</li></ul>", site.ReadOutput("sitemap.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_without_layouts_the_site_needs_fails_naming_each_missing_file()
    {
        using var site = Site();
        File.Delete(Path.Combine(site.Root, "theme", "layouts", "404.html"));
        File.Delete(Path.Combine(site.Root, "theme", "layouts", "article.html"));

        var exception = await Assert.ThrowsAsync<GazetteException>(() => site.BuildAsync().WaitAsync(Patience));

        Assert.Equal(["theme/layouts/404.html", "theme/layouts/article.html"], exception.Errors.Select(e => e.File));
        Assert.Contains("the theme has no '404' layout", exception.Errors[0].Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Paths.Output));
    }
}
