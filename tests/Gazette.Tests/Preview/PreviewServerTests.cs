using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Gazette.Cli.Commands;
using Gazette.Diagnostics;
using Gazette.Preview;
using Gazette.Tests.Support;

namespace Gazette.Tests.Preview;

/// <summary>
/// <c>gazette serve</c> end to end over HTTP: it serves the preview under <c>base_path</c> with the site's 404 page and
/// charsets, rebuilds when a file changes and tells open pages to reload, shows a failed build's errors over the last good
/// site until they are fixed, shows drafts under a banner, and listens on the loopback interface only.
/// </summary>
public sealed class PreviewServerTests
{
    private const string Article = "input/zxzx/xwdt/202101/a.md";

    private static TestSite Site() => TestSite.Create(
        ("input/_site.yml", TestSite.Settings.Replace("page_size: 2", "page_size: 2\nbase_path: /news/", StringComparison.Ordinal)),
        (Article, TestSite.Article("就业新闻", "2021-01-08T09:00:00+08:00", "[资讯中心, 新闻动态]", "初稿正文。", "slug: a\n")),
        ("input/zxzx/tzgg/202101/d.md", TestSite.Article("草稿通知", "2021-01-09", "[资讯中心, 通知公告]", "草稿正文。", "slug: d\ndraft: true\n")));

    [Fact]
    public async Task It_serves_the_site_under_base_path_with_charsets_the_site_s_404_page_and_the_reload_script()
    {
        using var site = Site();
        await using var preview = await RunningPreview.StartAsync(site);
        var (host, client) = (preview.Host, preview.Client);

        Assert.Equal("/news/", host.Address.AbsolutePath);
        Assert.Equal(IPAddress.Loopback.ToString(), host.Address.Host);
        using var home = await client.GetAsync(new Uri("/news/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType?.ToString());
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("就业新闻", html, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{PreviewPage.ScriptPath}\"", html, StringComparison.Ordinal);

        var stylesheet = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/news/assets/gazette\\.[0-9a-f]{10}\\.css)\"").Groups[1].Value;
        using var css = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());
        using var sitemap = await client.GetAsync(new Uri("/news/sitemap.xml", UriKind.Relative));
        Assert.Equal("application/xml; charset=utf-8", sitemap.Content.Headers.ContentType?.ToString());

        using var root = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/news/", root.Headers.Location?.ToString());
        using var folder = await client.GetAsync(new Uri("/news/zxzx", UriKind.Relative));
        Assert.Equal("/news/zxzx/", folder.Headers.Location?.ToString());

        foreach (var missing in new[] { "/news/nowhere.html", "/elsewhere/", "/news/../input/_site.yml", "/news/%2e%2e/%2e%2e/input/_site.yml" })
        {
            using var notFound = await client.GetAsync(new Uri(missing, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            Assert.Equal("text/html; charset=utf-8", notFound.Content.Headers.ContentType?.ToString());
            var body = await notFound.Content.ReadAsStringAsync();
            Assert.Contains("页面不存在", body, StringComparison.Ordinal);
            Assert.DoesNotContain("sections:", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_preview_is_built_apart_and_never_into_output_and_its_script_is_in_no_built_file()
    {
        using var site = Site();
        await using var preview = await RunningPreview.StartAsync(site);
        var (host, client) = (preview.Host, preview.Client);

        Assert.False(Directory.Exists(site.Paths.Output));
        Assert.StartsWith(Path.Combine(site.Root, ".gazette"), host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(
            Directory.EnumerateFiles(host.Output, "*.html", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains(PreviewPage.ScriptPath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_is_shown_in_the_preview_under_a_banner_and_never_by_build()
    {
        using var site = Site();
        await using var preview = await RunningPreview.StartAsync(site);
        var (host, client) = (preview.Host, preview.Client);

        var draft = await client.GetStringAsync(new Uri("/news/zxzx/tzgg/202101/d.html", UriKind.Relative));
        Assert.Contains("草稿：本文尚未发布", draft, StringComparison.Ordinal);

        await site.BuildAsync();
        Assert.False(site.OutputExists("zxzx/tzgg/202101/d.html"));
    }

    [Fact]
    public async Task Saving_an_article_rebuilds_the_preview_and_tells_open_pages_to_reload()
    {
        using var site = Site();
        await using var preview = await RunningPreview.StartAsync(site);
        var (host, client) = (preview.Host, preview.Client);
        using var events = await BuildEvents.OpenAsync(client, await VersionOfAsync(client, "/news/zxzx/xwdt/202101/a.html"));

        site.Write(Article, TestSite.Article("就业新闻", "2021-01-08T09:00:00+08:00", "[资讯中心, 新闻动态]", "改过的正文。", "slug: a\n"));

        await events.NextAsync();
        var page = await client.GetStringAsync(new Uri("/news/zxzx/xwdt/202101/a.html", UriKind.Relative));
        Assert.Contains("改过的正文。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("初稿正文", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_shows_its_errors_over_the_last_good_site_until_the_file_is_fixed()
    {
        using var site = Site();
        await using var preview = await RunningPreview.StartAsync(site);
        var (host, client) = (preview.Host, preview.Client);
        const string page = "/news/zxzx/xwdt/202101/a.html";
        using var events = await BuildEvents.OpenAsync(client, await VersionOfAsync(client, page));

        site.Write(Article, "---\ntitle: 就业新闻\ndate: 明天\nsection: [资讯中心, 新闻动态]\nslug: a\n---\n\n正文。\n");
        await events.NextAsync();

        var broken = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("id=\"gazette-build-error\"", broken, StringComparison.Ordinal);
        Assert.Contains($"{Article}:3: &#39;date&#39; is not a date", broken, StringComparison.Ordinal);
        Assert.Contains("初稿正文。", broken, StringComparison.Ordinal);

        site.Write(Article, TestSite.Article("就业新闻", "2021-01-08T09:00:00+08:00", "[资讯中心, 新闻动态]", "修好的正文。", "slug: a\n"));
        await events.NextAsync();

        var fixedPage = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.DoesNotContain("gazette-build-error", fixedPage, StringComparison.Ordinal);
        Assert.Contains("修好的正文。", fixedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_article_s_banner_goes_when_its_time_comes_with_no_file_changed()
    {
        using var site = Site();
        var due = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddSeconds(3);
        site.Write("input/zxzx/tzgg/202101/s.md", TestSite.Article("定时通知", due.ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", System.Globalization.CultureInfo.InvariantCulture), "[资讯中心, 通知公告]", "定时正文。", "slug: s\n"));
        await using var preview = await RunningPreview.StartAsync(site);
        var (host, client) = (preview.Host, preview.Client);
        var address = $"/news/zxzx/tzgg/{due:yyyyMM}/s.html";
        Assert.Contains("定时发布", await client.GetStringAsync(new Uri(address, UriKind.Relative)), StringComparison.Ordinal);
        using var events = await BuildEvents.OpenAsync(client, await VersionOfAsync(client, address));

        await events.NextAsync();

        Assert.DoesNotContain("定时发布", await client.GetStringAsync(new Uri(address, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_first_build_fails_every_address_shows_the_errors_until_the_fix_brings_the_site()
    {
        using var site = Site();
        site.Write(Article, "---\ntitle: 就业新闻\ndate: 2021-01-08\nsection: [资讯中心, 新闻动态]\nslug: a\ntags: [就业\n---\n\n正文。\n");
        await using var preview = await RunningPreview.StartAsync(site);
        var (host, client) = (preview.Host, preview.Client);
        Assert.True(host.FirstBuildFailed);

        using var broken = await client.GetAsync(new Uri("/news/", UriKind.Relative));
        var page = await broken.Content.ReadAsStringAsync();
        Assert.Contains("id=\"gazette-build-error\"", page, StringComparison.Ordinal);
        Assert.Contains(Article + ":", page, StringComparison.Ordinal);
        using var events = await BuildEvents.OpenAsync(client, VersionIn(page));

        site.Write(Article, TestSite.Article("就业新闻", "2021-01-08T09:00:00+08:00", "[资讯中心, 新闻动态]", "修好的正文。", "slug: a\n"));
        await events.NextAsync();

        var home = await client.GetStringAsync(new Uri("/news/", UriKind.Relative));
        Assert.DoesNotContain("gazette-build-error", home, StringComparison.Ordinal);
        Assert.Contains("就业新闻", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_listens_on_the_loopback_interface_only()
    {
        using var site = Site();
        await using var preview = await RunningPreview.StartAsync(site);
        var (host, client) = (preview.Host, preview.Client);

        var outside = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        Assert.True(outside is not null, "this machine has no network address besides loopback to try the server from");
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await Assert.ThrowsAsync<SocketException>(async () => await socket.ConnectAsync(outside, host.Address.Port));
    }

    [Fact]
    public async Task A_port_in_use_is_an_error_that_says_to_choose_another()
    {
        using var site = Site();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var refused = await Assert.ThrowsAsync<GazetteException>(() => PreviewHost.StartAsync(site.Paths, new PreviewOptions(IPAddress.Loopback, port), TimeProvider.System, TextWriter.Null, CancellationToken.None));

        Assert.Contains("--port", refused.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("::")]
    public void Another_interface_is_refused_unless_asked_for_with_public(string address)
    {
        var refused = Assert.Throws<GazetteException>(() => ServeCommand.Options(address, 8008, allowPublic: false));

        Assert.Contains("--public", refused.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(IPAddress.Parse(address), ServeCommand.Options(address, 8008, allowPublic: true).Address);
        Assert.True(IPAddress.IsLoopback(ServeCommand.Options("127.0.0.1", 8008, allowPublic: false).Address));
    }

    /// <summary>The build a served page came from, as its reload script says.</summary>
    private static async Task<int> VersionOfAsync(HttpClient client, string page) =>
        VersionIn(await client.GetStringAsync(new Uri(page, UriKind.Relative)));

    /// <summary>The build a page came from, as its reload script says.</summary>
    private static int VersionIn(string html)
    {
        var marker = "data-version=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return int.Parse(html[start..html.IndexOf('"', start)], System.Globalization.CultureInfo.InvariantCulture);
    }
}
