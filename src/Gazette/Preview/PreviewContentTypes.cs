using Microsoft.AspNetCore.StaticFiles;

namespace Gazette.Preview;

/// <summary>The <c>Content-Type</c> of each file the preview serves: every text type says <c>charset=utf-8</c>, as Gazette writes only UTF-8.</summary>
internal static class PreviewContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = new();

    /// <summary>The content type of a file by its name.</summary>
    public static string Of(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var type = extension switch
        {
            ".html" or ".htm" => "text/html",
            ".xml" => Path.GetFileName(fileName) switch
            {
                "atom.xml" => "application/atom+xml",
                "rss.xml" => "application/rss+xml",
                _ => "application/xml",
            },
            ".js" or ".mjs" => "text/javascript",
            ".json" => "application/json",
            ".map" => "text/plain",
            _ => Known.TryGetContentType(fileName, out var known) ? known : "application/octet-stream",
        };
        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal)
        || type.EndsWith("+xml", StringComparison.Ordinal)
        || type is "application/xml" or "application/json" or "image/svg+xml";
}
