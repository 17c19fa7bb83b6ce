using Gazette.Tests.Support;

namespace Gazette.Tests.Cli;

/// <summary>The <c>gazette</c> command as a webmaster runs it: messages, exit codes, and what it leaves on disk.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Build_imports_the_seed_and_writes_the_site()
    {
        using var site = TestSite.Bureau();

        var (exitCode, output, error) = await GazetteCommand.RunAsync("build", "--root", site.Root);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("imported seeds/000_e0b2ebfcac031705.txt -> input/zxzx/xwdt/202101/e0b2ebfcac031705.md", output, StringComparison.Ordinal);
        Assert.Contains("build: 1 articles, 0 left out; 10 pages rendered, 0 reused; 58 files written, 0 removed, 0 unchanged", output, StringComparison.Ordinal);
        Assert.True(site.OutputExists("zxzx/xwdt/202101/e0b2ebfcac031705.html"));
        Assert.Contains("e0b2ebfcac031705.html", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_build_with_nothing_changed_says_so_in_its_summary()
    {
        using var site = TestSite.Bureau();
        await GazetteCommand.RunAsync("build", "--root", site.Root);

        var (exitCode, output, _) = await GazetteCommand.RunAsync("build", "--root", site.Root);

        Assert.Equal(0, exitCode);
        Assert.Contains("build: nothing changed since the last build; 1 articles, 0 left out; 0 pages rendered, 10 reused; 0 files written, 0 removed, 58 unchanged", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_prints_unsafe_link_warnings_before_the_summary_on_every_build_and_succeeds()
    {
        using var site = TestSite.Create(
            ("input/_site.yml", TestSite.Settings),
            ("input/x.md", TestSite.Article("链接", "2021-04-01", "[政务公开]", body: "正文。\n\n[一](javascript:alert(1))", extra: "slug: x\n")));
        const string Warning = "warning: input/x.md:10: link 'javascript:alert(1)' uses a scheme that is not allowed (http, https, mailto, tel, or a path); it is shown as text";

        var (exitCode, output, _) = await GazetteCommand.RunAsync("build", "--root", site.Root);
        var (secondExitCode, secondOutput, _) = await GazetteCommand.RunAsync("build", "--root", site.Root);

        Assert.Equal((0, 0), (exitCode, secondExitCode));
        foreach (var text in new[] { output, secondOutput })
        {
            Assert.Contains(Warning, text, StringComparison.Ordinal);
            Assert.True(text.IndexOf(Warning, StringComparison.Ordinal) < text.IndexOf("build: ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Build_writes_where_output_points()
    {
        using var site = TestSite.Bureau();
        var elsewhere = Path.Combine(site.Root, "www", "site");

        var (exitCode, _, _) = await GazetteCommand.RunAsync("build", "--root", site.Root, "--output", elsewhere);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Path.Combine(elsewhere, "sitemap.xml")));
        Assert.False(Directory.Exists(site.Paths.Output));
    }

    [Fact]
    public async Task Import_twice_reports_everything_unchanged_and_reads_no_seed_the_second_time()
    {
        using var site = TestSite.Bureau();
        await GazetteCommand.RunAsync("import", "--root", site.Root);

        var (exitCode, output, _) = await GazetteCommand.RunAsync("import", "--root", site.Root);

        Assert.Equal(0, exitCode);
        Assert.Contains("import: 0 imported, 0 updated, 1 unchanged, 0 skipped (changed by hand), 0 need review, 0 failed; 0 of 1 seeds read", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_counts_a_file_edited_by_hand_names_it_when_verbose_and_a_build_stays_quiet_about_it()
    {
        using var site = TestSite.Bureau();
        await GazetteCommand.RunAsync("import", "--root", site.Root);
        const string markdown = "input/zxzx/xwdt/202101/e0b2ebfcac031705.md";
        site.Write(markdown, site.Read(markdown) + "\n编者按:已核对。\n");

        var (exitCode, output, _) = await GazetteCommand.RunAsync("import", "--root", site.Root);
        var (_, verbose, _) = await GazetteCommand.RunAsync("import", "--root", site.Root, "--verbose");
        var (_, build, _) = await GazetteCommand.RunAsync("build", "--root", site.Root);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 skipped (changed by hand)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped  seeds/", output, StringComparison.Ordinal);
        Assert.Contains($"skipped  seeds/000_e0b2ebfcac031705.txt: {markdown} was edited by hand", verbose, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", build, StringComparison.Ordinal);
        Assert.EndsWith("编者按:已核对。\n", site.Read(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_exits_non_zero_naming_a_seed_that_failed()
    {
        using var site = TestSite.Bureau();
        File.WriteAllBytes(Path.Combine(site.Paths.Seeds, "009_empty.txt"), []);

        var (exitCode, _, error) = await GazetteCommand.RunAsync("import", "--root", site.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("error: seeds/009_empty.txt: the file is empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_front_matter_exits_1_naming_file_and_line_and_keeps_output()
    {
        using var site = TestSite.Bureau();
        await GazetteCommand.RunAsync("build", "--root", site.Root);
        var deployed = site.Snapshot();
        site.Write("input/broken.md", "---\ntitle: 坏文件\ndate: 2021-01-08\nsection: [资讯中心, 新闻动态]\ndate: 2021-01-09\n---\n");

        var (exitCode, _, error) = await GazetteCommand.RunAsync("build", "--root", site.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("error: input/broken.md:5: not valid YAML: Duplicate key date", error, StringComparison.Ordinal);
        Assert.Contains("build failed: 1 error(s); the output folder was not changed.", error, StringComparison.Ordinal);
        Assert.Equal(deployed, site.Snapshot());
    }

    [Fact]
    public async Task Build_refuses_an_output_folder_that_would_replace_the_sources()
    {
        using var site = TestSite.Bureau();

        var (exitCode, _, error) = await GazetteCommand.RunAsync("build", "--root", site.Root, "--output", site.Root);

        Assert.Equal(1, exitCode);
        Assert.Contains("refusing to build into this folder", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, "input", "_site.yml")));
    }

    [Fact]
    public async Task Import_counts_the_pages_each_rule_placed_and_names_them_when_verbose()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        var fixtures = Support.RepositoryPaths.SeedFixtures;
        site.WriteBytes("seeds/a.txt", File.ReadAllBytes(Path.Combine(fixtures, "01_you_are_here.txt")));
        site.WriteBytes("seeds/zxzx/tzgg/b.txt", File.ReadAllBytes(Path.Combine(fixtures, "06_no_breadcrumb.txt")));
        site.WriteBytes("seeds/elsewhere/c.txt", File.ReadAllBytes(Path.Combine(fixtures, "06_no_breadcrumb.txt")));

        var (exitCode, output, _) = await GazetteCommand.RunAsync("import", "--root", site.Root);
        var (_, verbose, _) = await GazetteCommand.RunAsync("import", "--root", site.Root, "--verbose");

        Assert.Equal(0, exitCode);
        Assert.Contains("sections: 1 by breadcrumb, 1 by seed folder, 0 by default_section, 1 unplaced", output, StringComparison.Ordinal);
        Assert.DoesNotContain("by seed folder: seeds/zxzx/tzgg/b.txt", output, StringComparison.Ordinal);
        Assert.Contains("by seed folder: seeds/zxzx/tzgg/b.txt", verbose, StringComparison.Ordinal);
        Assert.Contains("unplaced: seeds/elsewhere/c.txt", verbose, StringComparison.Ordinal);
    }
}
