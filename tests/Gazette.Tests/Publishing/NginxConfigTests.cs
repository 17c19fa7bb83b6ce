using System.Globalization;
using System.Net;
using Gazette.Publishing;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Publishing;

/// <summary>The nginx includes as text, and nginx's own verdict on the largest maps an archive gives.</summary>
public sealed class NginxConfigTests
{
    private static SiteSettings Settings(string basePath) =>
        SiteSettingsLoader.Parse($"title: 测试\nbase_url: https://example.gov.cn\nbase_path: {basePath}\n", "_site.yml");

    [Fact]
    public void The_server_part_keeps_everything_but_the_redirects_inside_base_path()
    {
        var text = NginxConfig.ServerPart(Settings("/news/"));

        var location = text.IndexOf("location /news/ {", StringComparison.Ordinal);
        Assert.True(location > 0);
        Assert.True(text.IndexOf("return 301 $gazette_moved;", StringComparison.Ordinal) < location, "old addresses outside base_path are answered before the site's location");
        var inside = text[location..];
        Assert.Contains("error_page 404 /news/404.html;", inside, StringComparison.Ordinal);
        Assert.Contains("charset utf-8;", inside, StringComparison.Ordinal);
        Assert.Contains("gzip_vary on;", inside, StringComparison.Ordinal);
        Assert.Contains("\"^/news/assets/.+\\\\.[0-9a-f]{10}\\\\.(?:css|js)$\"", inside, StringComparison.Ordinal);
        Assert.DoesNotContain("error_page", text[..location], StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_table_still_defines_the_variable_the_server_part_reads()
    {
        var text = NginxConfig.HttpPart(Settings("/"), []);

        Assert.Contains("map $uri $gazette_moved {\n    default \"\";\n}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("map_hash", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nginx_accepts_a_map_of_forty_thousand_old_addresses_with_long_chinese_paths_and_answers_the_last()
    {
        NginxServer.Require();
        var settings = Settings("/news/");
        var segment = string.Concat(Enumerable.Repeat("人力资源和社会保障局通知公告", 5));
        var moves = Enumerable.Range(0, 40_000)
            .Select(i => (Old: string.Create(CultureInfo.InvariantCulture, $"/art/{segment}/{i:000000}/{segment}.html"), New: string.Create(CultureInfo.InvariantCulture, $"/news/zxzx/{i}.html")))
            .ToList();
        using var site = TestSite.Create();
        var http = Path.Combine(site.Root, "nginx-http.conf");
        File.WriteAllText(http, NginxConfig.HttpPart(settings, moves));

        await using var server = await NginxServer.StartAsync(site.Root, $"include {http};", "if ($gazette_moved) { return 301 $gazette_moved; }\nreturn 404;");
        using var client = server.Client();
        using var response = await client.GetAsync(new Uri(Uri.EscapeDataString(moves[^1].Old).Replace("%2F", "/", StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/news/zxzx/39999.html", response.Headers.Location?.AbsolutePath);
    }
}
