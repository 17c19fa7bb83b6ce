using Gazette.Tests.Support;

namespace Gazette.Tests.Import;

/// <summary>The bureau's seed, end to end: its Markdown and its article page are pinned by golden files.</summary>
public sealed class SeedImportGoldenTests
{
    private const string MarkdownPath = "input/zxzx/xwdt/202101/e0b2ebfcac031705.md";

    [Fact]
    public async Task The_seed_imports_to_the_golden_markdown()
    {
        using var site = TestSite.Bureau();

        await site.ImportAsync();

        Golden.Verify("seed/e0b2ebfcac031705.md", site.Read(MarkdownPath));
    }

    [Fact]
    public async Task The_seed_renders_to_the_golden_article_page()
    {
        using var site = TestSite.Bureau();
        await site.ImportAsync();

        await site.BuildAsync();

        Golden.Verify("seed/e0b2ebfcac031705.html", site.ReadOutput("zxzx/xwdt/202101/e0b2ebfcac031705.html"));
    }

    [Fact]
    public async Task The_committed_input_matches_what_import_makes_of_the_seed()
    {
        using var site = TestSite.Bureau();

        await site.ImportAsync();

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, MarkdownPath)), site.Read(MarkdownPath));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "input", "_site.yml")), site.Read("input/_site.yml"));
    }
}
