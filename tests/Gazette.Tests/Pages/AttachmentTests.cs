using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Pages;

/// <summary>
/// Files beside an article in its own folder (<c>input/…/{id}/index.md</c>) and under <c>input/files/</c> are published
/// at stable addresses; a body's relative links to them are resolved from the Markdown file, checked, and written under
/// <c>base_path</c>; the article lists its documents as 附件 with their kind and size; images get their size and
/// <c>loading="lazy"</c>, and one without a description is warned about.
/// </summary>
public sealed class AttachmentTests
{
    private const string Bundle = "input/zxzx/tzgg/202403/zyjn-rd/";

    private static TestSite Site(string body, params (string Path, string Text)[] files)
    {
        var site = TestSite.Create(
        [
            ("input/_site.yml", TestSite.Settings.Replace("page_size: 2", "page_size: 2\nbase_path: /news/", StringComparison.Ordinal)),
            (Bundle + "index.md", TestSite.Article("关于职业技能等级认定的通知", "2024-03-15T09:30:00+08:00", "[资讯中心, 通知公告]", body)),
            .. files,
        ]);
        site.WriteBytes(Bundle + "附件1 申报表.docx", new byte[2048]);
        site.WriteBytes(Bundle + "附件2.pdf", new byte[(int)(1.5 * 1024 * 1024)]);
        site.WriteBytes(Bundle + "images/大厅.png", TestImages.Png(64, 48));
        site.WriteBytes("input/files/logo.jpg", TestImages.Jpeg(120, 30));
        return site;
    }

    [Fact]
    public async Task An_article_s_own_files_are_published_in_a_folder_named_after_it_and_its_folder_names_it()
    {
        using var site = Site("正文。");

        await site.BuildAsync();

        Assert.True(site.OutputExists("zxzx/tzgg/202403/zyjn-rd.html"));
        Assert.Equal(2048, new FileInfo(Path.Combine(site.Paths.Output, "zxzx/tzgg/202403/zyjn-rd/附件1 申报表.docx")).Length);
        Assert.True(site.OutputExists("zxzx/tzgg/202403/zyjn-rd/附件2.pdf"));
        Assert.True(site.OutputExists("zxzx/tzgg/202403/zyjn-rd/images/大厅.png"));
        Assert.True(site.OutputExists("files/logo.jpg"));
    }

    [Fact]
    public async Task The_article_lists_its_documents_as_attachments_with_their_kind_and_size_but_not_its_images()
    {
        using var site = Site("正文。");

        await site.BuildAsync();

        var html = site.ReadOutput("zxzx/tzgg/202403/zyjn-rd.html");
        Assert.Contains("<h2 id=\"attachments-heading\">附件</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/news/zxzx/tzgg/202403/zyjn-rd/%E9%99%84%E4%BB%B61%20%E7%94%B3%E6%8A%A5%E8%A1%A8.docx\">附件1 申报表.docx</a> <span class=\"file-info\">（Word，2 KB）</span></li>", html, StringComparison.Ordinal);
        Assert.Contains(">附件2.pdf</a> <span class=\"file-info\">（PDF，1.5 MB）</span></li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">大厅.png</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relative_links_and_images_are_resolved_from_the_markdown_file_and_written_under_base_path()
    {
        using var site = Site(
            "见[申报表](附件1%20申报表.docx)和[附件2](./附件2.pdf#page=2)。\n\n![办事大厅](images/大厅.png)\n\n![苏州人社](../../../../files/logo.jpg)\n\n![标志](/files/logo.jpg)\n\n[上一篇](../../../../zwgk/b.md)",
            ("input/zwgk/b.md", TestSite.Article("另一篇", "2024-01-01", "[政务公开]", extra: "slug: b\n")));

        await site.BuildAsync();

        var html = site.ReadOutput("zxzx/tzgg/202403/zyjn-rd.html");
        Assert.Contains("<a href=\"/news/zxzx/tzgg/202403/zyjn-rd/%E9%99%84%E4%BB%B61%20%E7%94%B3%E6%8A%A5%E8%A1%A8.docx\">申报表</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/news/zxzx/tzgg/202403/zyjn-rd/%E9%99%84%E4%BB%B62.pdf#page=2\">附件2</a>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/news/zxzx/tzgg/202403/zyjn-rd/images/%E5%A4%A7%E5%8E%85.png\" width=\"64\" height=\"48\" loading=\"lazy\" alt=\"办事大厅\" />", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/news/files/logo.jpg\" width=\"120\" height=\"30\" loading=\"lazy\" alt=\"苏州人社\" />", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/news/files/logo.jpg\" width=\"120\" height=\"30\" loading=\"lazy\" alt=\"标志\" />", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/news/zwgk/202401/b.html\">上一篇</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relative_link_to_a_file_that_is_not_there_fails_the_build_at_its_line_as_written()
    {
        using var site = Site("第一行。\n\n见[附件3](附件3.pdf)。");

        var error = Assert.Single((await Assert.ThrowsAsync<GazetteException>(site.BuildAsync)).Errors);

        Assert.Equal(Bundle + "index.md", error.File);
        Assert.Equal(9, error.Line);
        Assert.Contains("broken link '附件3.pdf'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_without_a_description_is_a_warning_naming_the_file_and_line()
    {
        using var site = Site("正文。\n\n![](images/大厅.png)");

        var result = await site.BuildAsync();

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(Bundle + "index.md", warning.File);
        Assert.Equal(9, warning.Line);
        Assert.Contains("image 'images/大厅.png' has no description", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_belongs_to_no_article_is_not_published_and_is_warned_about()
    {
        using var site = Site("正文。");
        site.WriteBytes("input/zwgk/stray.pdf", new byte[10]);

        var result = await site.BuildAsync();

        var warning = Assert.Single(result.Warnings);
        Assert.Equal("input/zwgk/stray.pdf", warning.File);
        Assert.Contains("is not published", warning.Message, StringComparison.Ordinal);
        Assert.False(site.OutputExists("zwgk/stray.pdf"));
    }

    [Fact]
    public async Task Replacing_an_image_renders_the_pages_that_show_it_again_and_equals_a_clean_build()
    {
        using var site = Site("![苏州人社](/files/logo.jpg)\n\n![办事大厅](images/大厅.png)");
        await site.BuildAsync();

        site.WriteBytes(Bundle + "images/大厅.png", TestImages.Png(32, 16));
        site.WriteBytes("input/files/logo.jpg", TestImages.Jpeg(90, 45));
        site.WriteBytes(Bundle + "附件3.xlsx", new byte[5000]);
        await site.BuildAsync();
        var incremental = site.Snapshot();
        Gazette.Build.SiteBuilder.ForgetCaches(site.Paths);
        await site.BuildAsync();

        var html = site.ReadOutput("zxzx/tzgg/202403/zyjn-rd.html");
        Assert.Contains("width=\"32\" height=\"16\"", html, StringComparison.Ordinal);
        Assert.Contains("width=\"90\" height=\"45\"", html, StringComparison.Ordinal);
        Assert.Contains(">附件3.xlsx</a> <span class=\"file-info\">（Excel，5 KB）</span>", html, StringComparison.Ordinal);
        var clean = site.Snapshot();
        Assert.Equal(clean.Keys, incremental.Keys);
        Assert.Equal([], [.. clean.Keys.Where(k => !clean[k].AsSpan().SequenceEqual(incremental[k]))]);
    }

    [Fact]
    public async Task A_page_bundle_publishes_its_files_beside_the_page()
    {
        using var site = Site("正文。", ("input/pages/lxwm/index.md", "---\ntitle: 联系我们\n---\n\n![地图](map.png)\n\n[办事指南](指南.pdf)\n"));
        site.WriteBytes("input/pages/lxwm/map.png", TestImages.Png(300, 200));
        site.WriteBytes("input/pages/lxwm/指南.pdf", new byte[100]);

        await site.BuildAsync();

        var html = site.ReadOutput("lxwm/index.html");
        Assert.Contains("<img src=\"/news/lxwm/map.png\" width=\"300\" height=\"200\" loading=\"lazy\" alt=\"地图\" />", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/news/lxwm/%E6%8C%87%E5%8D%97.pdf\">办事指南</a>", html, StringComparison.Ordinal);
        Assert.Contains(">指南.pdf</a> <span class=\"file-info\">（PDF，100 B）</span>", html, StringComparison.Ordinal);
        Assert.True(site.OutputExists("lxwm/map.png"));
    }
}
