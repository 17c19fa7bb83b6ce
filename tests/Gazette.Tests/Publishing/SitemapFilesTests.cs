using System.Globalization;
using System.Xml.Linq;
using Gazette.Pages;
using Gazette.Publishing;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Publishing;

public sealed class SitemapFilesTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly SiteSettings Settings = SiteSettingsLoader.Parse(TestSite.Settings, "_site.yml");

    private static List<SitemapEntry> Entries(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SitemapEntry(
            string.Create(CultureInfo.InvariantCulture, $"/zxzx/xwdt/{2010 + (i % 15)}01/a{i:000000}.html"),
            PublicationDate.At(2010 + (i % 15), 1, 1 + (i % 28), 9, 0)))];

    [Fact]
    public void A_site_of_120000_addresses_gets_a_valid_index_over_three_valid_parts()
    {
        var entries = Entries(120_000);

        var files = SitemapFiles.Write(Settings, entries, SitemapFiles.MaxUrlsPerFile, SitemapFiles.MaxBytesPerFile);

        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"], files.Select(f => f.SitePath));
        var index = System.Text.Encoding.UTF8.GetString(files[^1].Content);
        Assert.Empty(SitemapSchemas.Validate(index, "siteindex.xsd"));
        Assert.Equal(
            ["https://example.gov.cn/sitemap-1.xml", "https://example.gov.cn/sitemap-2.xml", "https://example.gov.cn/sitemap-3.xml"],
            XDocument.Parse(index).Root!.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value));
        var counts = new List<int>();
        foreach (var part in files.Take(3))
        {
            var xml = System.Text.Encoding.UTF8.GetString(part.Content);
            Assert.Empty(SitemapSchemas.Validate(xml));
            Assert.True(part.Content.Length <= SitemapFiles.MaxBytesPerFile);
            counts.Add(XDocument.Parse(xml).Root!.Elements(Sitemap + "url").Count());
        }

        Assert.Equal([50_000, 50_000, 20_000], counts);
    }

    [Fact]
    public void A_part_is_closed_before_it_passes_the_byte_limit()
    {
        var entries = Entries(1000);

        var files = SitemapFiles.Write(Settings, entries, SitemapFiles.MaxUrlsPerFile, maxBytes: 30_000);

        Assert.True(files.Count > 3);
        Assert.All(files, f => Assert.True(f.Content.Length <= 30_000, $"{f.SitePath} has {f.Content.Length} bytes"));
        var listed = files.Take(files.Count - 1).Sum(f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Content)).Root!.Elements(Sitemap + "url").Count());
        Assert.Equal(1000, listed);
    }

    [Fact]
    public void A_small_site_keeps_one_plain_sitemap()
    {
        var files = SitemapFiles.Write(Settings, Entries(50_000), SitemapFiles.MaxUrlsPerFile, SitemapFiles.MaxBytesPerFile);

        var file = Assert.Single(files);
        Assert.Equal("sitemap.xml", file.SitePath);
        Assert.Empty(SitemapSchemas.Validate(System.Text.Encoding.UTF8.GetString(file.Content)));
    }
}
