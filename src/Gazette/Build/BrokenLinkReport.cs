using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Publishing;
using Gazette.Site;
using Gazette.Text;

namespace Gazette.Build;

/// <summary>
/// Names each broken link where it is fixed: for a link in an article's body, the Markdown file and line, with the
/// address as written there (and as the page links it, when <c>base_path</c> changed it); for a link the theme made,
/// the page.
/// </summary>
internal static class BrokenLinkReport
{
    /// <summary>The error that stops the build for <paramref name="broken"/>.</summary>
    public static GazetteException For(SitePaths paths, SiteSettings settings, ContentSet content, MarkdownRenderer markdown, LocalFiles local, IReadOnlyList<BrokenLink> broken)
    {
        var sources = content.Articles.Select(a => (a.SitePath, a.SourceFile))
            .Concat(content.Pages.Select(p => (p.SitePath, p.SourceFile)))
            .ToDictionary(p => p.SitePath, p => p.SourceFile, StringComparer.Ordinal);
        return new GazetteException([.. broken.Select(b => sources.TryGetValue(b.Page, out var sourceFile)
            ? InMarkdown(paths, settings, markdown, local, sourceFile, b)
            : new GazetteError("theme (page " + b.Page + ")", null, $"broken link '{b.Link}' on /{b.Page}: nothing is published there"))]);
    }

    private static GazetteError InMarkdown(SitePaths paths, SiteSettings settings, MarkdownRenderer markdown, LocalFiles local, string sourceFile, BrokenLink broken)
    {
        var target = Uri.UnescapeDataString(broken.Link);
        if (File.Exists(Path.Combine(paths.Root, sourceFile))
            && SourceText.Decode(File.ReadAllBytes(Path.Combine(paths.Root, sourceFile)), sourceFile, out _) is { } text
            && FrontMatterDocument.Split(text, out _) is { } document)
        {
            foreach (var (written, linked, line) in markdown.LinksIn(ControlCharacters.Remove(document.Body), sourceFile, settings.BasePath, local))
            {
                if (Uri.UnescapeDataString(linked) == target)
                {
                    var shown = written == linked ? $"'{written}'" : $"'{written}' (under base_path: '{linked}')";
                    return new GazetteError(sourceFile, document.BodyLine + line, $"broken link {shown}: nothing is published there; correct the address or remove the link");
                }
            }
        }

        return new GazetteError(sourceFile, null, $"broken link '{broken.Link}' on /{broken.Page}: nothing is published there");
    }
}
