using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Publishing;

/// <summary>
/// The redirect map is for nginx: whatever old address the build accepts, nginx accepts the map (<c>nginx -t</c>) and
/// answers that address with a 301 to the new one. Debian's nginx is installed by <c>.ci/run</c>.
/// </summary>
public sealed class RedirectMapNginxTests
{
    // Old addresses of the shapes old CMSs used, and characters nginx's configuration syntax gives a meaning to.
    private static readonly string[] Candidates =
    [
        "/art/2021/1/8/art_123.html", "/old/notice/", "/旧/通知.html", "/%E6%97%A7/%E5%85%AC%E5%91%8A.html",
        "/a-b_c/d.e.html", "/col(1)/x.html", "/cms/$uri.html", "/cms/~x.html", "/cms/a;b.html", "/cms/a{b}.html",
        "/cms/a'b.html", "/cms/a\"b.html", "/cms/a\\b.html", "/cms/a b.html", "/cms/a\nb.html", "/cms/a\tb.html",
        "/cms/!@&=+,[].html", "/cms/a#b.html", "/cms/a?b=1", "/cms/%0A.html", "/cms/%3B.html", "/cms/%22.html",
    ];

    [Fact]
    public async Task Nginx_takes_the_map_of_every_accepted_old_address_and_answers_each_with_a_301_to_its_article()
    {
        var nginx = FindNginx();
        ExternalTools.Require(nginx is not null, "nginx (apt-get install nginx)");
        var accepted = Candidates.Where(a => AddressRules.AddressProblem(a, out _) is null).ToList();
        Assert.Contains("/旧/通知.html", accepted);
        Assert.Contains("/cms/$uri.html", accepted);
        Assert.DoesNotContain("/cms/a\nb.html", accepted);

        using var site = TestSite.Create(
            ("input/_site.yml", TestSite.Settings + "old_addresses: /{old_path}/{yyyyMM}/{old_id}.shtml\n"),
            ("input/a.md", TestSite.Article("有旧地址的文章", "2021-01-08T13:28:00+08:00", "[资讯中心, 新闻动态]", extra: $"slug: a1\nold_id: E0B2EBFC-ac03_1705\naliases: [{string.Join(", ", accepted.Select(Quoted))}]\n")));
        await site.BuildAsync();
        var map = Path.Combine(site.Paths.Output, "redirects.map");
        Assert.True(File.Exists(map));

        var port = FreePort();
        var config = Path.Combine(site.Root, "nginx.conf");
        File.WriteAllText(config, string.Create(CultureInfo.InvariantCulture, $$"""
            daemon off;
            master_process off;
            pid {{site.Root}}/nginx.pid;
            error_log {{site.Root}}/nginx-error.log;
            events { }
            http {
                access_log off;
                client_body_temp_path {{site.Root}}/nginx-body;
                map $uri $gazette_moved { include {{map}}; }
                server {
                    listen 127.0.0.1:{{port}};
                    root {{site.Paths.Output}};
                    if ($gazette_moved) { return 301 $gazette_moved; }
                }
            }
            """));

        var check = await RunAsync(nginx!, "-t", "-q", "-c", config, "-p", site.Root, "-e", Path.Combine(site.Root, "nginx-error.log"));
        Assert.True(check.ExitCode == 0, "nginx -t refused the map: " + check.Error + File.ReadAllText(map));

        using var server = Process.Start(new ProcessStartInfo(nginx!) { ArgumentList = { "-c", config, "-p", site.Root, "-e", Path.Combine(site.Root, "nginx-error.log") }, UseShellExecute = false })!;
        try
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilListeningAsync(client);
            foreach (var alias in accepted.Append("/zxzx/xwdt/202101/E0B2EBFC-ac03_1705.shtml"))
            {
                AddressRules.AddressProblem(alias, out var path);
                using var response = await client.GetAsync(new Uri(Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal), UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{alias}: {(int)response.StatusCode}");
                Assert.Equal("/zxzx/xwdt/202101/a1.html", response.Headers.Location?.AbsolutePath);
            }
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static string Quoted(string alias) => "\"" + alias.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string? FindNginx() => new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilListeningAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                return;
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }
}
