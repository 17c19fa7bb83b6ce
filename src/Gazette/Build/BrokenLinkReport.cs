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
    public static GazetteException For(SitePaths paths, SiteSettings settings, ContentSet content, MarkdownRenderer markdown, IReadOnlyList<BrokenLink> broken)
    {
        var articles = content.Articles.ToDictionary(a => a.SitePath, StringComparer.Ordinal);
        return new GazetteException([.. broken.Select(b => articles.TryGetValue(b.Page, out var article)
            ? InArticle(paths, settings, markdown, article, b)
            : new GazetteError("theme (page " + b.Page + ")", null, $"broken link '{b.Link}' on /{b.Page}: nothing is published there"))]);
    }

    private static GazetteError InArticle(SitePaths paths, SiteSettings settings, MarkdownRenderer markdown, Article article, BrokenLink broken)
    {
        var target = Uri.UnescapeDataString(broken.Link);
        if (File.Exists(Path.Combine(paths.Root, article.SourceFile))
            && SourceText.Decode(File.ReadAllBytes(Path.Combine(paths.Root, article.SourceFile)), article.SourceFile, out _) is { } text
            && FrontMatterDocument.Split(text, out _) is { } document)
        {
            foreach (var (written, linked, line) in markdown.LinksIn(ControlCharacters.Remove(document.Body), settings.BasePath))
            {
                if (Uri.UnescapeDataString(linked) == target)
                {
                    var shown = written == linked ? $"'{written}'" : $"'{written}' (under base_path: '{linked}')";
                    return new GazetteError(article.SourceFile, document.BodyLine + line, $"broken link {shown}: nothing is published there; correct the address or remove the link");
                }
            }
        }

        return new GazetteError(article.SourceFile, null, $"broken link '{broken.Link}' on /{broken.Page}: nothing is published there");
    }
}
