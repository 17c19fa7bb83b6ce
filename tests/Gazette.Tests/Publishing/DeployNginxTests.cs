using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Gazette.Tests.Support;

namespace Gazette.Tests.Publishing;

/// <summary>
/// The generated test site under <c>base_path: /news/</c>, deployed as the README says (output/ copied under the
/// server's root, the includes from deploy/ in nginx) and asked for what readers, search engines and old links ask.
/// </summary>
public sealed class DeployNginxTests(DeployNginxTests.DeployedSite deployed) : IClassFixture<DeployNginxTests.DeployedSite>
{
    private const string Base = "/news/";

    [Fact]
    public async Task Every_page_and_every_link_from_it_answers_200_and_no_asset_comes_from_elsewhere()
    {
        using var client = deployed.Client();
        var parser = new HtmlParser();
        var seen = new HashSet<string>(StringComparer.Ordinal) { Base };
        var queue = new Queue<string>([Base]);
        var failures = new List<string>();
        while (queue.TryDequeue(out var address))
        {
            using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{address}: {(int)response.StatusCode}");
                continue;
            }

            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var asset in document.QuerySelectorAll("link[rel=stylesheet], script[src], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                Assert.True(asset.StartsWith(Base, StringComparison.Ordinal), $"{address} fetches {asset}, which is not the site's own");
            }

            var links = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var link in links.Where(l => l.StartsWith('/')).Select(l => l.Split('#')[0]))
            {
                Assert.StartsWith(Base, link, StringComparison.Ordinal);
                if (seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }
        }

        Assert.Empty(failures);
        Assert.Contains(Base + ThemeSites.Page, seen);
        Assert.Contains(seen, s => s.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.True(seen.Count > 100, $"the crawl reached only {seen.Count} addresses");
    }

    [Theory]
    [InlineData("", "text/html")]
    [InlineData("zxzx/", "text/html")]
    [InlineData("sitemap.xml", "text/xml")]
    [InlineData("atom.xml", "text/xml")]
    [InlineData("robots.txt", "text/plain")]
    public async Task Text_is_served_as_utf8_with_a_short_cache_and_compressed_for_whoever_accepts_it(string path, string type)
    {
        using var client = deployed.Client();
        var original = File.ReadAllBytes(Path.Combine(deployed.Site.Paths.Output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path));

        using var plain = await client.GetAsync(new Uri(Base + path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal($"{type}; charset=utf-8", plain.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=300", plain.Headers.CacheControl?.ToString());
        Assert.Equal(original, await plain.Content.ReadAsByteArrayAsync());

        foreach (var encoding in new[] { "gzip", "br" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Base + path, UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var compressed = await client.SendAsync(request);
            Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
            Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
            Assert.Equal($"{type}; charset=utf-8", compressed.Content.Headers.ContentType?.ToString());
            Assert.Equal(original, Decompress(encoding, await compressed.Content.ReadAsByteArrayAsync()));
        }
    }

    [Fact]
    public async Task The_stylesheet_named_by_its_content_may_be_kept_a_year_and_an_image_may_not()
    {
        using var client = deployed.Client();
        var stylesheet = Directory.GetFiles(Path.Combine(deployed.Site.Paths.Output, "assets"), "gazette.*.css").Single();

        using var css = await client.GetAsync(new Uri($"{Base}assets/{Path.GetFileName(stylesheet)}", UriKind.Relative));
        using var image = await client.GetAsync(new Uri($"{Base}gywm/building.png", UriKind.Relative));

        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=300", image.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("no-such-page.html")]
    [InlineData("zxzx/no-such-folder/")]
    [InlineData("redirects.map")]
    [InlineData("nginx.conf")]
    [InlineData(".hidden")]
    [InlineData("assets/.hidden")]
    public async Task A_missing_address_or_a_file_the_server_must_not_show_answers_404_with_the_sites_own_page(string path)
    {
        using var client = deployed.Client();

        using var response = await client.GetAsync(new Uri(Base + path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(deployed.Site.ReadOutput("404.html"), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_folder_of_articles_with_no_page_of_its_own_answers_404_not_403()
    {
        using var client = deployed.Client();
        var month = GeneratedSite.SitePath(0)[..(GeneratedSite.SitePath(0).LastIndexOf('/') + 1)];
        Assert.True(Directory.Exists(Path.Combine(deployed.Site.Paths.Output, month)));

        using var withSlash = await client.GetAsync(new Uri(Base + month, UriKind.Relative));
        using var withoutSlash = await client.GetAsync(new Uri(Base + month.TrimEnd('/'), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, withSlash.StatusCode);
        Assert.Equal(deployed.Site.ReadOutput("404.html"), await withSlash.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MovedPermanently, withoutSlash.StatusCode);
    }

    [Theory]
    [InlineData("/news/old/inside.html")]
    [InlineData("/news/art/2019/legacy.html")]
    [InlineData("/art/2019/8/1/art_9_1.html")]
    [InlineData("/old-cms/通知/旧文.html")]
    public async Task An_old_address_inside_or_outside_base_path_moves_for_good_to_its_article(string old)
    {
        using var client = deployed.Client();

        using var response = await client.GetAsync(new Uri(Uri.EscapeDataString(old).Replace("%2F", "/", StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        var target = response.Headers.Location!.AbsolutePath;
        Assert.StartsWith(Base, target, StringComparison.Ordinal);
        using var article = await client.GetAsync(new Uri(target, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
    }

    [Theory]
    [InlineData("/news/zxzx", "/news/zxzx/")]
    [InlineData("/news/gywm", "/news/gywm/")]
    public async Task A_folder_asked_for_without_its_slash_is_sent_to_it(string asked, string folder)
    {
        using var client = deployed.Client();

        using var response = await client.GetAsync(new Uri(asked, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(folder, response.Headers.Location?.OriginalString);
    }

    private static byte[] Decompress(string encoding, byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using Stream stream = encoding == "gzip" ? new GZipStream(input, CompressionMode.Decompress) : new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The site, built, copied under a server root at /news/ and served by nginx with the generated includes.</summary>
    public sealed class DeployedSite : IAsyncLifetime
    {
        private NginxServer? _server;

        internal TestSite Site { get; private set; } = null!;

        internal HttpClient Client() => _server!.Client();

        public async Task InitializeAsync()
        {
            NginxServer.Require();
            ExternalTools.Require(File.Exists(NginxServer.BrotliModule), $"nginx's brotli module ({NginxServer.BrotliModule}; apt-get install libnginx-mod-http-brotli-static)");
            Site = await ThemeSites.Generated(Base, "precompress: true\n");
            Site.Write("input/generated/moved.md", TestSite.Article(
                "旧系统迁移的文章",
                "2019-08-01T09:00:00+08:00",
                "[通知公告]",
                "这篇文章在旧系统中有几个地址。",
                "slug: moved\naliases: [/old/inside.html, \"https://example.gov.cn/art/2019/8/1/art_9_1.html\", \"https://example.gov.cn/old-cms/通知/旧文.html\"]\n"));
            await Site.BuildAsync();

            // As the README deploys it: the output copied under the server's root at base_path, a stray dotfile beside it.
            var root = Path.Combine(Site.Root, "www");
            TestSite.CopyFolder(Site.Paths.Output, Path.Combine(root, "news"));
            File.WriteAllText(Path.Combine(root, "news", ".hidden"), "not for readers");
            File.WriteAllText(Path.Combine(root, "news", "assets", ".hidden"), "not for readers");
            var deploy = Site.Paths.Deploy;
            _server = await NginxServer.StartAsync(
                Site.Root,
                $"include /etc/nginx/mime.types;\ndefault_type application/octet-stream;\ninclude {deploy}/nginx-http.conf;",
                $"root {root};\ninclude {deploy}/nginx.conf;\ninclude {deploy}/nginx-brotli.conf;",
                $"load_module {NginxServer.BrotliModule};");
        }

        public async Task DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }

            Site?.Dispose();
        }
    }
}
