using System.Text;
using System.Xml;
using Gazette.Engine;
using Gazette.Output;
using Gazette.Site;

namespace Gazette.Publishing;

/// <summary>The Sitemap pipeline: <c>sitemap.xml</c> (sitemaps.org 0.9) and <c>robots.txt</c> naming it.</summary>
public static class SitemapPipeline
{
    /// <summary>The sitemap's path under the site root.</summary>
    public const string SitemapPath = "sitemap.xml";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Writes the sitemap for the given pages (in the given order) and robots.txt.</summary>
    public static PipelineOutput Run(SiteSettings settings, IEnumerable<SitemapEntry> pages) => PipelineOutput.Of(
    [
        new OutputFile(SitemapPath, WriteSitemap(settings, pages)),
        new OutputFile("robots.txt", PageEncoding.Encode($"User-agent: *\nAllow: /\n\nSitemap: {settings.AbsoluteLink(SitemapPath)}\n")),
    ]);

    private static byte[] WriteSitemap(SiteSettings settings, IEnumerable<SitemapEntry> pages)
    {
        var xmlSettings = new XmlWriterSettings
        {
            Encoding = PageEncoding.Utf8,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, xmlSettings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, settings.BaseUrl + page.Link);
                writer.WriteElementString("lastmod", Namespace, page.LastModified.ToIsoString());
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }
}
