using System.Xml;

namespace Gazette.Text;

/// <summary>Writes the XML files of the site (sitemaps, feeds) the one way: UTF-8 without BOM, two-space indents, LF.</summary>
internal static class XmlDocuments
{
    /// <summary>The bytes of a document whose root <paramref name="body"/> writes.</summary>
    public static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = PageEncoding.Utf8, Indent = true, IndentChars = "  ", NewLineChars = "\n" }))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }
}
