using System.Globalization;
using Gazette.Content.SafeLinks;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gazette.Content;

/// <summary>
/// Writes a body's links and images as its page links them: a relative link to a file published from <c>input/</c>
/// (an attachment, <c>input/files/</c>, another article's Markdown) at that file's address, a root-relative one under
/// <c>base_path</c> (<see cref="RootLinks"/>); an image also gets its pixel size, read from the file, and
/// <c>loading="lazy"</c>, so that a long page with many images opens at once on a phone.
/// </summary>
internal static class BodyLinks
{
    /// <summary>The address a page links for <paramref name="url"/> as written in <paramref name="sourceFile"/>.</summary>
    public static string Address(string url, string sourceFile, string basePath, LocalFiles local) =>
        local.Resolve(sourceFile, url) is { } sitePath ? Link(sitePath, basePath) : RootLinks.Under(url, basePath);

    /// <summary>Rewrites every link and image of a parsed body in place.</summary>
    public static void Rewrite(MarkdownDocument document, string sourceFile, string basePath, LocalFiles local)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { } url)
            {
                continue;
            }

            var resolved = local.Resolve(sourceFile, url);
            link.Url = resolved is null ? RootLinks.Under(url, basePath) : Link(resolved, basePath);
            if (!link.IsImage)
            {
                continue;
            }

            var attributes = link.GetAttributes();
            var sitePath = resolved ?? (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? SafeUnescape(url[1..]) : null);
            if (sitePath is not null && local.ImageSizeAt(StripSuffix(sitePath)) is ({ } width, { } height))
            {
                attributes.AddPropertyIfNotExist("width", width.ToString(CultureInfo.InvariantCulture));
                attributes.AddPropertyIfNotExist("height", height.ToString(CultureInfo.InvariantCulture));
            }

            attributes.AddPropertyIfNotExist("loading", "lazy");
        }
    }

    /// <summary>A site path (with any <c>?query</c> or <c>#fragment</c>) as a root-relative link, its segments percent-encoded.</summary>
    private static string Link(string sitePath, string basePath)
    {
        var end = sitePath.IndexOfAny(['?', '#']);
        var (path, suffix) = end < 0 ? (sitePath, string.Empty) : (sitePath[..end], sitePath[end..]);
        return basePath + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) + suffix;
    }

    private static string StripSuffix(string sitePath) => sitePath.IndexOfAny(['?', '#']) is var end and >= 0 ? sitePath[..end] : sitePath;

    private static string? SafeUnescape(string path)
    {
        try
        {
            return Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }
}
