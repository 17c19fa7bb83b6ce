using System.Net;
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
        NginxServer.Require();
        var accepted = Candidates.Where(a => AddressRules.AddressProblem(a, out _) is null).ToList();
        Assert.Contains("/旧/通知.html", accepted);
        Assert.Contains("/cms/$uri.html", accepted);
        Assert.DoesNotContain("/cms/a\nb.html", accepted);

        using var site = TestSite.Create(
            ("input/_site.yml", TestSite.Settings + "old_addresses: /{old_path}/{yyyyMM}/{old_id}.shtml\n"),
            ("input/a.md", TestSite.Article("有旧地址的文章", "2021-01-08T13:28:00+08:00", "[资讯中心, 新闻动态]", extra: $"slug: a1\nold_id: E0B2EBFC-ac03_1705\naliases: [{string.Join(", ", accepted.Select(Quoted))}]\n")));
        await site.BuildAsync();
        var map = Path.Combine(site.Paths.Deploy, "redirects.map");
        Assert.True(File.Exists(map));

        // The bare map, in a map of one's own: the generated includes are tried by DeployNginxTests.
        await using var server = await NginxServer.StartAsync(
            site.Root,
            $"map $uri $gazette_moved {{ include {map}; }}",
            $"root {site.Paths.Output};\n if ($gazette_moved) {{ return 301 $gazette_moved; }}");
        using var client = server.Client();
        foreach (var alias in accepted.Append("/zxzx/xwdt/202101/E0B2EBFC-ac03_1705.shtml"))
        {
            AddressRules.AddressProblem(alias, out var path);
            using var response = await client.GetAsync(new Uri(Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal), UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{alias}: {(int)response.StatusCode}");
            Assert.Equal("/zxzx/xwdt/202101/a1.html", response.Headers.Location?.AbsolutePath);
        }
    }

    private static string Quoted(string alias) => "\"" + alias.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
