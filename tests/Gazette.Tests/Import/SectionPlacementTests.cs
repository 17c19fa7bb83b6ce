using Gazette.Diagnostics;
using Gazette.Import;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Import;

/// <summary>Where import puts a page: its breadcrumb, else its seed's folder, else default_section, else review.</summary>
public sealed class SectionPlacementTests
{
    private const string NoBreadcrumb = "06_no_breadcrumb.txt";
    private const string WithBreadcrumb = "01_you_are_here.txt";

    private static TestSite SiteWith(string settings, params (string Fixture, string SeedPath)[] seeds)
    {
        var site = TestSite.Create(("input/_site.yml", settings));
        foreach (var (fixture, seedPath) in seeds)
        {
            site.WriteBytes(seedPath, File.ReadAllBytes(Path.Combine(RepositoryPaths.SeedFixtures, fixture)));
        }

        return site;
    }

    private static string FrontMatterOf(TestSite site, ImportOutcome outcome) => site.Read(outcome.Markdown!).Split("---")[1];

    [Theory]
    [InlineData("seeds/zxzx/tzgg/a.txt")]
    [InlineData("seeds/资讯中心/通知公告/a.txt")]
    [InlineData("seeds/zxzx/tzgg/2020/a.txt")]
    public async Task A_page_without_a_breadcrumb_goes_to_the_section_its_seed_folder_names(string seedPath)
    {
        using var site = SiteWith(TestSite.Settings, (NoBreadcrumb, seedPath));

        var outcome = Assert.Single((await site.ImportAsync()).Outcomes);

        Assert.Equal(SectionPlacement.SeedFolder, outcome.Placement);
        Assert.StartsWith("input/zxzx/tzgg/202006/", outcome.Markdown, StringComparison.Ordinal);
        Assert.Contains("section: [资讯中心, 通知公告]", FrontMatterOf(site, outcome), StringComparison.Ordinal);
        Assert.Null(outcome.Review);
    }

    [Fact]
    public async Task A_folder_that_names_only_a_parent_places_the_page_in_the_parent()
    {
        using var site = SiteWith(TestSite.Settings, (NoBreadcrumb, "seeds/zxzx/old-notices/a.txt"));

        var outcome = Assert.Single((await site.ImportAsync()).Outcomes);

        Assert.Equal(SectionPlacement.SeedFolder, outcome.Placement);
        Assert.StartsWith("input/zxzx/202006/", outcome.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_section_catches_a_page_no_breadcrumb_or_folder_places()
    {
        using var site = SiteWith(TestSite.Settings + "default_section: 政务公开\n", (NoBreadcrumb, "seeds/other-site/a.txt"), (NoBreadcrumb, "seeds/b.txt"));

        var report = await site.ImportAsync();

        Assert.All(report.Outcomes, o => Assert.Equal(SectionPlacement.DefaultSection, o.Placement));
        Assert.All(report.Outcomes, o => Assert.StartsWith("input/zwgk/202006/", o.Markdown, StringComparison.Ordinal));
        Assert.Empty(report.NeedingReview);
    }

    [Fact]
    public async Task The_page_own_breadcrumb_wins_over_its_folder_and_the_default()
    {
        using var site = SiteWith(TestSite.Settings + "default_section: zwgk\n", (WithBreadcrumb, "seeds/zwgk/a.txt"));

        var outcome = Assert.Single((await site.ImportAsync()).Outcomes);

        Assert.Equal(SectionPlacement.Breadcrumb, outcome.Placement);
        Assert.DoesNotContain("input/zwgk/", outcome.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_no_rule_places_is_held_for_review_and_says_what_would_place_it()
    {
        using var site = SiteWith(TestSite.Settings, (NoBreadcrumb, "seeds/unknown/a.txt"));

        var report = await site.ImportAsync();

        var outcome = Assert.Single(report.NeedingReview);
        Assert.Equal(SectionPlacement.Unplaced, outcome.Placement);
        Assert.Contains("default_section", outcome.Review, StringComparison.Ordinal);
        Assert.Equal(outcome, Assert.Single(report.PlacedBy(SectionPlacement.Unplaced)));
    }

    [Theory]
    [InlineData("default_section: 资讯中心/通知公告")]
    [InlineData("default_section: zxzx/tzgg")]
    [InlineData("default_section: [资讯中心, 通知公告]")]
    public void Default_section_is_given_by_names_or_slugs_from_the_top(string line)
    {
        var settings = SiteSettingsLoader.Parse(TestSite.Settings + line + "\n", "input/_site.yml");

        Assert.Equal("zxzx/tzgg", settings.DefaultSection?.SlugPath);
    }

    [Fact]
    public void A_default_section_that_is_not_in_the_tree_is_refused_at_its_line()
    {
        var text = TestSite.Settings + "default_section: 资讯中心/人事任免\n";

        var error = Assert.Single(Assert.Throws<GazetteException>(() => SiteSettingsLoader.Parse(text, "input/_site.yml")).Errors);

        Assert.Equal("input/_site.yml", error.File);
        Assert.Equal(text.Split('\n').Length - 1, error.Line);
        Assert.Contains("资讯中心/人事任免", error.Message, StringComparison.Ordinal);
    }
}
