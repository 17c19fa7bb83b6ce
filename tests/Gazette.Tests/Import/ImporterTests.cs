using Gazette.Import;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Import;

public sealed class ImporterTests
{
    private const string Seed = "000_e0b2ebfcac031705.txt";
    private const string MarkdownPath = "input/zxzx/xwdt/202101/e0b2ebfcac031705.md";

    private static TestSite SiteWithSeed(string? settings = null)
    {
        var site = settings is null ? TestSite.Create() : TestSite.Create(("input/_site.yml", settings));
        site.CopySeed(Seed);
        return site;
    }

    [Fact]
    public async Task Importing_twice_changes_nothing()
    {
        using var site = SiteWithSeed();
        await site.ImportAsync();
        var first = site.Snapshot(site.Paths.Input);

        var second = await site.ImportAsync();

        Assert.Equal(first, site.Snapshot(site.Paths.Input));
        Assert.All(second.Outcomes, o => Assert.Equal(ImportStatus.Unchanged, o.Status));
        Assert.Empty(second.SectionsAdded);
        Assert.Empty(second.FooterKeysAdded);
    }

    [Fact]
    public async Task A_file_edited_by_hand_is_never_overwritten()
    {
        using var site = SiteWithSeed();
        await site.ImportAsync();
        var edited = site.Read(MarkdownPath).Replace("1月6日", "1月6日(更正)", StringComparison.Ordinal);
        site.Write(MarkdownPath, edited);

        var report = await site.ImportAsync();

        Assert.Equal(edited, site.Read(MarkdownPath));
        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal(ImportStatus.SkippedEdited, outcome.Status);
        Assert.Contains("edited by hand", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_deleted_by_hand_is_not_brought_back()
    {
        using var site = SiteWithSeed();
        await site.ImportAsync();
        File.Delete(Path.Combine(site.Root, MarkdownPath));

        var report = await site.ImportAsync();

        Assert.False(File.Exists(Path.Combine(site.Root, MarkdownPath)));
        Assert.Equal(ImportStatus.SkippedDeleted, Assert.Single(report.Outcomes).Status);
    }

    [Fact]
    public async Task A_hand_written_file_at_the_target_is_kept()
    {
        using var site = SiteWithSeed();
        site.Write(MarkdownPath, TestSite.Article("人工撰写", "2021-01-08", "[资讯中心, 新闻动态]"));

        var report = await site.ImportAsync();

        Assert.Contains("人工撰写", site.Read(MarkdownPath), StringComparison.Ordinal);
        Assert.Equal(ImportStatus.SkippedEdited, Assert.Single(report.Outcomes).Status);
    }

    [Fact]
    public async Task Import_rewrites_its_own_untouched_output_when_the_seed_changes()
    {
        using var site = SiteWithSeed();
        await site.ImportAsync();
        var seedPath = Path.Combine(site.Paths.Seeds, Seed);
        File.WriteAllText(seedPath, File.ReadAllText(seedPath).Replace("1月6日", "1月7日", StringComparison.Ordinal));

        var report = await site.ImportAsync();

        Assert.Equal(ImportStatus.Updated, Assert.Single(report.Outcomes).Status);
        Assert.Contains("1月7日", site.Read(MarkdownPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_settings_import_creates_them_with_the_footer_facts_and_provisional_slugs()
    {
        using var site = SiteWithSeed();

        var report = await site.ImportAsync();

        Assert.True(report.SiteFileCreated);
        var settings = SiteSettingsLoader.Parse(site.Read("input/_site.yml"), "_site.yml");
        Assert.Equal("3205000056", settings.Footer.SiteCode);
        Assert.Equal("苏ICP备10219514号-1", settings.Footer.Icp);
        Assert.Equal("苏公网安备 32050802010605号", settings.Footer.Police);
        Assert.Equal("215031", settings.Footer.Postcode);
        Assert.Equal("web@rsj.suzhou.gov.cn", settings.Footer.Email);
        Assert.Equal("zxzx/xwdt", settings.Sections.Find(["资讯中心", "新闻动态"])?.SlugPath);
        Assert.Equal(new[] { "资讯中心 (slug 'zxzx')", "资讯中心 > 新闻动态 (slug 'xwdt')" }, report.SectionsAdded.ToArray());
        Assert.True(File.Exists(Path.Combine(site.Root, MarkdownPath)));
    }

    [Fact]
    public async Task Footer_values_a_person_wrote_are_kept_and_only_missing_ones_added()
    {
        const string settings = """
            # our settings
            title: 某局
            base_url: https://example.gov.cn
            sections:
              - name: 资讯中心   # top
                slug: news
                sections:
                  - name: 新闻动态
                    slug: latest
            footer:
              phone: 0512-00000000   # our own number
            """;
        using var site = SiteWithSeed(settings);

        var report = await site.ImportAsync();

        var text = site.Read("input/_site.yml");
        Assert.StartsWith(settings + "\n", text, StringComparison.Ordinal);
        var parsed = SiteSettingsLoader.Parse(text, "_site.yml");
        Assert.Equal("0512-00000000", parsed.Footer.Phone);
        Assert.Equal("3205000056", parsed.Footer.SiteCode);
        Assert.DoesNotContain("phone", report.FooterKeysAdded);
        Assert.Empty(report.SectionsAdded);
        Assert.True(File.Exists(Path.Combine(site.Root, "input/news/latest/202101/e0b2ebfcac031705.md")));
    }

    [Fact]
    public async Task A_new_section_is_added_under_its_parent_keeping_comments()
    {
        const string settings = """
            title: 某局   # the name
            base_url: https://example.gov.cn
            sections:
              - name: 资讯中心
                slug: zxzx
                description: 新闻   # keep me
              - name: 政务公开
                slug: zwgk
            """;
        using var site = SiteWithSeed(settings);

        var report = await site.ImportAsync();

        var text = site.Read("input/_site.yml");
        Assert.Contains("description: 新闻   # keep me", text, StringComparison.Ordinal);
        Assert.Contains("title: 某局   # the name", text, StringComparison.Ordinal);
        var parsed = SiteSettingsLoader.Parse(text, "_site.yml");
        Assert.Equal("zxzx/xwdt", parsed.Sections.Find(["资讯中心", "新闻动态"])?.SlugPath);
        Assert.Equal(["资讯中心", "政务公开"], parsed.Sections.Roots.Select(s => s.Name));
        Assert.Equal(new[] { "资讯中心 > 新闻动态 (slug 'xwdt')" }, report.SectionsAdded.ToArray());
    }

    [Fact]
    public async Task Empty_and_binary_seeds_fail_by_name_and_write_nothing()
    {
        using var site = SiteWithSeed();
        File.WriteAllBytes(Path.Combine(site.Paths.Seeds, "001_empty.txt"), []);
        File.WriteAllBytes(Path.Combine(site.Paths.Seeds, "002_binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);

        var report = await site.ImportAsync();

        Assert.True(report.HasFailures);
        var failed = report.Outcomes.Where(o => o.Status == ImportStatus.Failed).ToList();
        Assert.Equal(["seeds/001_empty.txt", "seeds/002_binary.txt"], failed.Select(o => o.Seed));
        Assert.Contains("empty", failed[0].Detail, StringComparison.Ordinal);
        Assert.Contains("binary", failed[1].Detail, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(site.Paths.Input, "*.md", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_page_without_a_date_is_imported_for_review()
    {
        using var site = SiteWithSeed();
        site.Write("seeds/003_nodate.txt", "当前位置:首页>资讯中心>新闻动态\n无日期的标题\n\n正文。\n");

        var report = await site.ImportAsync();

        var outcome = report.Outcomes.Single(o => o.Seed == "seeds/003_nodate.txt");
        Assert.Equal("no publish date found", outcome.Review);
        Assert.Contains("review: no publish date found", site.Read(outcome.Markdown!), StringComparison.Ordinal);
        var build = await site.BuildAsync();
        Assert.Equal(1, build.Articles);
        Assert.Equal(outcome.Markdown, Assert.Single(build.Excluded).SourceFile);
    }

    [Fact]
    public async Task Import_leaves_no_temporary_files()
    {
        using var site = SiteWithSeed();

        await site.ImportAsync();

        Assert.Empty(Directory.EnumerateFiles(site.Paths.Input, "*.tmp", SearchOption.AllDirectories));
    }
}
