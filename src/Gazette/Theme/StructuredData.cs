using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Gazette.Theme;

/// <summary>
/// schema.org descriptions of pages as JSON-LD, for search engines and link previews. Written by a JSON writer rather
/// than a template, since a template's HTML escaping is wrong inside a script element, and escaped so that no value
/// can close the script (<c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> become <c>\u003C</c> and the like).
/// </summary>
internal static class StructuredData
{
    // Chinese stays readable (and small); the characters that matter to HTML are escaped all the same.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>A NewsArticle.</summary>
    /// <param name="headline">The title.</param>
    /// <param name="published">The publication date, ISO 8601.</param>
    /// <param name="url">The article's canonical address.</param>
    /// <param name="section">Its section's name.</param>
    /// <param name="description">Its summary, if any.</param>
    /// <param name="author">Who wrote it (来源), if known.</param>
    /// <param name="publisher">The organisation that runs the site.</param>
    public static TrustedHtml NewsArticle(string headline, string published, string url, string section, string? description, string? author, string publisher)
    {
        // Straight into a buffer of about the size it needs: through a stream, the writer kept a buffer of its own and the
        // stream's bytes were copied once more, several kilobytes an article.
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", headline);
            json.WriteString("datePublished", published);
            json.WriteString("inLanguage", "zh-CN");
            json.WriteString("url", url);
            json.WriteString("mainEntityOfPage", url);
            json.WriteString("articleSection", section);
            if (description is not null)
            {
                json.WriteString("description", description);
            }

            json.WritePropertyName("author");
            Organization(json, author ?? publisher);
            json.WritePropertyName("publisher");
            Organization(json, publisher);
            json.WriteEndObject();
        }

        return new TrustedHtml("<script type=\"application/ld+json\">" + Encoding.UTF8.GetString(buffer.WrittenSpan) + "</script>");
    }

    private static void Organization(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", name);
        json.WriteEndObject();
    }
}
