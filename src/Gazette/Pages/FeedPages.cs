using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using Gazette.Concurrency;
using Gazette.Site;
using Gazette.Text;

namespace Gazette.Pages;

/// <summary>
/// An Atom feed and an RSS 2.0 feed of the newest articles for the whole site (<c>/atom.xml</c>,
/// <c>/rss.xml</c>) and for every section that has articles (<c>/zxzx/xwdt/atom.xml</c>, …), with absolute links.
/// </summary>
internal sealed class FeedPages : IPageProducer
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <inheritdoc />
    public string Name => "feeds";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        var feeds = context.Index.Feeds.Select(f => f.Section is { } s
            ? (Folder: s.SlugPath + "/", Title: $"{s.Name} - {settings.Title}", Description: s.Description ?? $"{settings.Title}{s.Name}栏目", f.Articles)
            : (Folder: string.Empty, Title: settings.Title, Description: $"{settings.Title}最新发布", f.Articles)).ToList();

        var files = ParallelWork.Map(
            feeds.Count * 2,
            i =>
            {
                var (folder, title, description, newest) = feeds[i / 2];
                // A feed shows its titles and these articles, each wholly decided by its file, the files it shows and the settings.
                var fingerprint = new { Folder = folder, Title = title, Description = description, Articles = newest.Select(a => new { a.SourceFile, a.ContentHash, Files = context.Renderer.Files.HashOfFilesShownBy(a.SourceFile, a.ReachesOut) }) };
                return i % 2 == 0
                    ? context.Renderer.WriteOrReuse(SiteLayout.AtomFeed(folder), fingerprint, () => Atom(context, folder, title, newest))
                    : context.Renderer.WriteOrReuse(SiteLayout.RssFeed(folder), fingerprint, () => Rss(settings, folder, title, description, newest));
            },
            cancellationToken);
        return ProducedPages.Of(files);
    }

    private static byte[] Atom(PageContext context, string folder, string title, ImmutableArray<Article> articles)
    {
        var settings = context.Settings;
        return XmlDocuments.Write(writer =>
        {
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteAttributeString("xml", "lang", null, "zh-CN");
            writer.WriteElementString("title", AtomNamespace, title);
            Link(writer, "self", "application/atom+xml", settings.AbsoluteLink(SiteLayout.AtomFeed(folder)));
            Link(writer, "alternate", "text/html", settings.AbsoluteLink(folder));
            writer.WriteElementString("id", AtomNamespace, settings.AbsoluteLink(SiteLayout.AtomFeed(folder)));
            writer.WriteElementString("updated", AtomNamespace, DateTime(articles.FirstOrDefault()?.Date));
            writer.WriteStartElement("author", AtomNamespace);
            writer.WriteElementString("name", AtomNamespace, settings.Footer.Sponsor ?? settings.Title);
            writer.WriteEndElement();
            writer.WriteElementString("generator", AtomNamespace, "Gazette");
            foreach (var article in articles)
            {
                writer.WriteStartElement("entry", AtomNamespace);
                writer.WriteElementString("title", AtomNamespace, article.Title);
                Link(writer, "alternate", "text/html", settings.AbsoluteLink(article.SitePath));
                writer.WriteElementString("id", AtomNamespace, settings.AbsoluteLink(article.SitePath));
                writer.WriteElementString("published", AtomNamespace, DateTime(article.Date));
                writer.WriteElementString("updated", AtomNamespace, DateTime(article.Date));
                if (article.Source is not null)
                {
                    writer.WriteStartElement("author", AtomNamespace);
                    writer.WriteElementString("name", AtomNamespace, article.Source);
                    writer.WriteEndElement();
                }

                writer.WriteStartElement("category", AtomNamespace);
                writer.WriteAttributeString("term", article.Section.Name);
                writer.WriteEndElement();
                if (article.Summary is not null)
                {
                    writer.WriteElementString("summary", AtomNamespace, article.Summary);
                }

                // The body's links are root-relative; xml:base lets feed readers resolve them.
                writer.WriteStartElement("content", AtomNamespace);
                writer.WriteAttributeString("type", "html");
                writer.WriteAttributeString("xml", "base", null, settings.BaseUrl + "/");
                writer.WriteString(context.Renderer.BodyHtml(article));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }

    private static byte[] Rss(SiteSettings settings, string folder, string title, string description, ImmutableArray<Article> articles) => XmlDocuments.Write(writer =>
    {
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        writer.WriteStartElement("channel");
        writer.WriteElementString("title", title);
        writer.WriteElementString("link", settings.AbsoluteLink(folder));
        writer.WriteElementString("description", description);
        writer.WriteElementString("language", "zh-CN");
        if (!articles.IsEmpty)
        {
            writer.WriteElementString("lastBuildDate", Rfc822(articles[0].Date));
        }

        writer.WriteElementString("generator", "Gazette");
        writer.WriteStartElement("atom", "link", AtomNamespace);
        writer.WriteAttributeString("href", settings.AbsoluteLink(SiteLayout.RssFeed(folder)));
        writer.WriteAttributeString("rel", "self");
        writer.WriteAttributeString("type", "application/rss+xml");
        writer.WriteEndElement();
        foreach (var article in articles)
        {
            writer.WriteStartElement("item");
            writer.WriteElementString("title", article.Title);
            writer.WriteElementString("link", settings.AbsoluteLink(article.SitePath));
            writer.WriteStartElement("guid");
            writer.WriteAttributeString("isPermaLink", "true");
            writer.WriteString(settings.AbsoluteLink(article.SitePath));
            writer.WriteEndElement();
            writer.WriteElementString("pubDate", Rfc822(article.Date));
            writer.WriteElementString("category", article.Section.Name);
            writer.WriteElementString("description", article.Summary ?? article.Title);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static void Link(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>RFC 3339, as Atom requires; a day without a time is that day's start in China Standard Time.</summary>
    private static string DateTime(PublicationDate? date) =>
        (date?.Value ?? new DateTimeOffset(2000, 1, 1, 0, 0, 0, PublicationDate.ChinaOffset)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>RFC 822, as RSS requires: <c>Fri, 08 Jan 2021 13:28:00 +0800</c>.</summary>
    private static string Rfc822(PublicationDate date)
    {
        var value = date.Value;
        var offset = value.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return value.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + string.Create(CultureInfo.InvariantCulture, $"{sign}{Math.Abs(offset.Hours):00}{Math.Abs(offset.Minutes):00}");
    }
}
