using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.FileSystem;

/// <summary>No file from outside the site's folder is ever read or published through a link.</summary>
public sealed class SiteFilesTests
{
    [Fact]
    public async Task A_link_in_theme_assets_to_a_file_outside_the_site_is_refused_by_name()
    {
        using var site = GeneratedSite.Create();
        using var elsewhere = TestSite.Create(("secret.txt", "password"));
        File.CreateSymbolicLink(Path.Combine(site.Paths.Theme, "assets", "secret.txt"), Path.Combine(elsewhere.Root, "secret.txt"));

        var error = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        var located = Assert.Single(error.Errors);
        Assert.Equal("theme/assets/secret.txt", located.File);
        Assert.Contains("outside the site's folder", located.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Paths.Output));
    }

    [Fact]
    public async Task A_link_loop_under_input_is_a_located_error()
    {
        using var site = GeneratedSite.Create();
        Directory.CreateSymbolicLink(Path.Combine(site.Paths.Input, "loop"), Path.Combine(site.Paths.Input, "loop"));
        Directory.CreateSymbolicLink(Path.Combine(site.Paths.Input, "up"), site.Paths.Input);

        var error = await Assert.ThrowsAsync<GazetteException>(site.BuildAsync);

        Assert.Equal(["input/loop", "input/up"], error.Errors.Select(e => e.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_linked_article_inside_the_site_is_published()
    {
        using var site = GeneratedSite.Create();
        site.Write("drafts/extra.md", TestSite.Article("链接的文章", "2021-05-06", "[资讯中心, 新闻动态]", extra: "slug: linked\n"));
        File.CreateSymbolicLink(Path.Combine(site.Paths.Input, "generated", "extra.md"), Path.Combine(site.Root, "drafts", "extra.md"));

        await site.BuildAsync();

        Assert.Contains("链接的文章", site.ReadOutput("zxzx/xwdt/202105/linked.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_does_not_read_seeds_through_a_link_out_of_the_site()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        using var elsewhere = TestSite.Create(("pages/000_abc.txt", "首页 > 资讯中心\n标题\n发布日期:2021-01-01\n正文"));
        Directory.CreateDirectory(site.Paths.Seeds);
        Directory.CreateSymbolicLink(Path.Combine(site.Paths.Seeds, "pages"), Path.Combine(elsewhere.Root, "pages"));

        var error = await Assert.ThrowsAsync<GazetteException>(site.ImportAsync);

        Assert.Equal("seeds/pages", Assert.Single(error.Errors).File);
    }

    [Fact]
    public void Every_file_at_every_depth_is_listed_once_with_its_size()
    {
        using var site = TestSite.Create(
            ("input/top.md", "a"),
            ("input/a/one.md", "bb"),
            ("input/a/deep/er/two.md", "ccc"),
            ("input/b/three.md", "dddd"),
            ("input/c/d/e/four.txt", "eeeee"));
        Directory.CreateDirectory(Path.Combine(site.Paths.Input, "empty", "too"));
        var errors = new List<GazetteError>();

        var found = Gazette.FileSystem.SiteFiles.List(site.Paths.Input, site.Root, recurse: true, _ => true, errors);

        Assert.Empty(errors);
        Assert.Equal(
            ["a/deep/er/two.md:3", "a/one.md:2", "b/three.md:4", "c/d/e/four.txt:5", "top.md:1"],
            found.Select(f => $"{Path.GetRelativePath(site.Paths.Input, f.FullPath)}:{f.Size}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_linked_folder_deep_under_input_is_an_error_in_every_walk_and_the_rest_is_listed()
    {
        using var site = TestSite.Create(("input/a/b/one.md", "x"), ("input/c/two.md", "y"), ("elsewhere/three.md", "z"));
        Directory.CreateSymbolicLink(Path.Combine(site.Paths.Input, "a", "b", "linked"), Path.Combine(site.Root, "elsewhere"));
        var errors = new List<GazetteError>();

        var found = Gazette.FileSystem.SiteFiles.List(site.Paths.Input, site.Root, recurse: true, _ => true, errors);

        Assert.Equal("input/a/b/linked", Assert.Single(errors).File);
        Assert.Equal(["a/b/one.md", "c/two.md"], found.Select(f => Path.GetRelativePath(site.Paths.Input, f.FullPath)).Order(StringComparer.Ordinal));
    }
}
