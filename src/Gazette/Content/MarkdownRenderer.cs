using System.Globalization;
using Gazette.Content.SafeLinks;
using Gazette.Diagnostics;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gazette.Content;

/// <summary>
/// Turns article bodies into HTML with one pipeline built once and shared across threads.
/// Raw HTML in Markdown is not passed through: it is shown as text, so nothing a page says can become markup; and a
/// link whose scheme is not allowed (<c>javascript:</c> …) is shown as text too (see <see cref="LinkSchemes"/>).
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCjkFriendlyEmphasis()
        .DisableHtml()
        .UseSafeLinks()
        .Build();

    /// <summary>
    /// Renders a Markdown body to an HTML fragment, its root-relative links under <paramref name="basePath"/>
    /// (<see cref="RootLinks"/>). Throws <see cref="GazetteException"/> naming <paramref name="sourceFile"/> when the
    /// body is nested too deeply to render.
    /// </summary>
    public string ToHtml(string markdown, string sourceFile = "markdown", string basePath = "/")
    {
        try
        {
            if (basePath == "/")
            {
                return Markdown.ToHtml(markdown, _pipeline);
            }

            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            var renderer = new HtmlRenderer(writer) { LinkRewriter = url => RootLinks.Under(url, basePath) };
            _pipeline.Setup(renderer);
            renderer.Render(Markdown.Parse(markdown, _pipeline));
            writer.Flush();
            return writer.ToString();
        }
        catch (Exception e) when (IsTooDeep(e))
        {
            throw TooDeep(sourceFile);
        }
    }

    /// <summary>
    /// The links and images of a body that are shown as text because of their scheme. Throws
    /// <see cref="GazetteException"/> naming <paramref name="sourceFile"/> when the body is nested too deeply to read.
    /// </summary>
    public IReadOnlyList<NeutralisedLink> UnsafeLinksIn(string markdown, string sourceFile)
    {
        try
        {
            return SafeLinksExtension.NeutralisedIn(Markdown.Parse(markdown, _pipeline));
        }
        catch (Exception e) when (IsTooDeep(e))
        {
            throw TooDeep(sourceFile);
        }
    }

    // Markdig refuses a tree deeper than it can walk with an ArgumentException ("too deeply nested"), rather than
    // overflow the stack; its other ArgumentExceptions would be bugs and are let through.
    /// <summary>
    /// The links and images of a body as written, each with the address its page links and its line in the body
    /// (0 the first), for naming where a broken one is written.
    /// </summary>
    public IReadOnlyList<(string Written, string Linked, int Line)> LinksIn(string markdown, string basePath) =>
        [.. Markdown.Parse(markdown, _pipeline).Descendants<LinkInline>()
            .Where(l => l.Url is not null)
            .Select(l => (l.Url!, RootLinks.Under(l.Url!, basePath), l.Line))];

    private static bool IsTooDeep(Exception e) =>
        e is InsufficientExecutionStackException || (e is ArgumentException && e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase));

    private static GazetteException TooDeep(string sourceFile) => new(new GazetteError(
        sourceFile,
        null,
        "the body is nested too deeply to publish (lists, quotes, emphasis or brackets inside one another, or a very long run of * or [); flatten it, or escape a long run of * or [ with \\"));
}
