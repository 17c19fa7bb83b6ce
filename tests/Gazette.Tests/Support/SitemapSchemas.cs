using System.Xml;
using System.Xml.Schema;

namespace Gazette.Tests.Support;

/// <summary>Validates sitemap XML against the sitemaps.org schemas copied into TestData.</summary>
internal static class SitemapSchemas
{
    public static IReadOnlyList<string> Validate(string xml, string schemaFile = "sitemap.xsd")
    {
        var schemas = new XmlSchemaSet();
        schemas.Add("http://www.sitemaps.org/schemas/sitemap/0.9", Path.Combine(RepositoryPaths.TestData, "schemas", schemaFile));
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }
}
