using System.Text;
using System.Xml;
using Gazette.Pages;
using Gazette.Site;
using Gazette.Text;

namespace Gazette.Publishing;

/// <summary>
/// The files that tell search engines about the site's pages: <c>sitemap.xml</c> (sitemaps.org 0.9) and <c>robots.txt</c> naming it. Past 50,000 addresses or
/// 50 MB, <c>sitemap.xml</c> becomes a sitemap index over numbered parts <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, ….
/// </summary>
internal static class SitemapFiles
{
    /// <summary>The sitemap's path under the site root.</summary>
    public const string SitemapPath = "sitemap.xml";

    /// <summary>The most addresses one sitemap file may list.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>The largest one sitemap file may be, uncompressed.</summary>
    public const long MaxBytesPerFile = 50L * 1024 * 1024;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // What a <url> element costs besides its address and date, with indentation.
    private const int BytesPerEntry = 64;

    /// <summary>The sitemap (or index and parts) for the given pages, in the given order, and robots.txt.</summary>
    public static IReadOnlyList<OutputFile> For(SiteSettings settings, IEnumerable<SitemapEntry> pages) =>
    [
        .. Write(settings, [.. pages], MaxUrlsPerFile, MaxBytesPerFile),
        new OutputFile("robots.txt", PageEncoding.Encode($"User-agent: *\nAllow: /\n\nSitemap: {settings.AbsoluteLink(SitemapPath)}\n")),
    ];

    /// <summary>The sitemap files for <paramref name="pages"/>: one urlset, or an index and its parts when the limits are passed.</summary>
    public static IReadOnlyList<OutputFile> Write(SiteSettings settings, IReadOnlyList<SitemapEntry> pages, int maxUrls, long maxBytes)
    {
        var parts = new List<List<SitemapEntry>> { new() };
        var bytes = 200L;
        foreach (var page in pages)
        {
            var size = BytesPerEntry + Encoding.UTF8.GetByteCount(settings.BaseUrl) + Encoding.UTF8.GetByteCount(page.Link) + 25;
            if (parts[^1].Count >= maxUrls || (parts[^1].Count > 0 && bytes + size > maxBytes))
            {
                parts.Add([]);
                bytes = 200L;
            }

            parts[^1].Add(page);
            bytes += size;
        }

        if (parts.Count == 1)
        {
            return [new OutputFile(SitemapPath, UrlSet(settings, parts[0]))];
        }

        var files = parts.Select((part, i) => new OutputFile(PartPath(i + 1), UrlSet(settings, part))).ToList();
        files.Add(new OutputFile(SitemapPath, Index(settings, parts)));
        return files;
    }

    /// <summary>The path of a numbered part of a split sitemap.</summary>
    public static string PartPath(int number) => FormattableString.Invariant($"sitemap-{number}.xml");

    private static byte[] UrlSet(SiteSettings settings, List<SitemapEntry> pages) => XmlDocuments.Write(writer =>
    {
        writer.WriteStartElement("urlset", Namespace);
        foreach (var page in pages)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, settings.BaseUrl + page.Link);
            writer.WriteElementString("lastmod", Namespace, page.LastModified.ToIsoString());
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    private static byte[] Index(SiteSettings settings, List<List<SitemapEntry>> parts) => XmlDocuments.Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", Namespace);
        for (var i = 0; i < parts.Count; i++)
        {
            writer.WriteStartElement("sitemap", Namespace);
            writer.WriteElementString("loc", Namespace, settings.AbsoluteLink(PartPath(i + 1)));
            if (parts[i].Count > 0)
            {
                writer.WriteElementString("lastmod", Namespace, parts[i].Max(p => p.LastModified).ToIsoString());
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });
}
