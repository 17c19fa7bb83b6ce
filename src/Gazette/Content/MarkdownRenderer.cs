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
    // A builder grown past this (a body far larger than the archive's) is let go rather than kept.
    private const int KeptCapacity = 1 << 20;

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCjkFriendlyEmphasis()
        .DisableHtml()
        .UseSafeLinks()
        .Build();

    // Builders that rendered a body before, kept at their size: every page renders one, and a fresh builder grown
    // chunk by chunk for each cost more than copying the text out of a kept one.
    private readonly System.Collections.Concurrent.ConcurrentBag<System.Text.StringBuilder> _builders = [];

    /// <summary>
    /// Renders a Markdown body to an HTML fragment, its links as the page links them (<see cref="BodyLinks"/>: relative
    /// ones to files of <paramref name="local"/>, root-relative ones under <paramref name="basePath"/>). Throws
    /// <see cref="GazetteException"/> naming <paramref name="sourceFile"/> when the body is nested too deeply to render.
    /// </summary>
    public string ToHtml(string markdown, string sourceFile = "markdown", string basePath = "/", LocalFiles? local = null)
    {
        try
        {
            var document = Markdown.Parse(markdown, _pipeline);
            BodyLinks.Rewrite(document, sourceFile, basePath, local ?? LocalFiles.None);
            var builder = _builders.TryTake(out var kept) ? kept : new System.Text.StringBuilder();
            try
            {
                using var writer = new StringWriter(builder, CultureInfo.InvariantCulture);
                var renderer = new HtmlRenderer(writer);
                _pipeline.Setup(renderer);
                renderer.Render(document);
                writer.Flush();
                return builder.ToString();
            }
            finally
            {
                if (builder.Capacity <= KeptCapacity)
                {
                    _builders.Add(builder.Clear());
                }
            }
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
    public IReadOnlyList<(string Written, string Linked, int Line)> LinksIn(string markdown, string sourceFile, string basePath, LocalFiles? local = null) =>
        [.. Markdown.Parse(markdown, _pipeline).Descendants<LinkInline>()
            .Where(l => l.Url is not null)
            .Select(l => (l.Url!, BodyLinks.Address(l.Url!, sourceFile, basePath, local ?? LocalFiles.None), l.Line))];

    /// <summary>The images of a body that have no description (alt text), each with its address and its line in the body (0 the first).</summary>
    public IReadOnlyList<(string Url, int Line)> ImagesWithoutDescription(string markdown, string sourceFile)
    {
        try
        {
            return [.. Markdown.Parse(markdown, _pipeline).Descendants<LinkInline>()
                .Where(l => l.IsImage && string.IsNullOrWhiteSpace(PlainText(l)))
                .Select(l => (l.Url ?? string.Empty, l.Line))];
        }
        catch (Exception e) when (IsTooDeep(e))
        {
            throw TooDeep(sourceFile);
        }
    }

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => string.Empty,
        }));

    private static bool IsTooDeep(Exception e) =>
        e is InsufficientExecutionStackException || (e is ArgumentException && e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase));

    private static GazetteException TooDeep(string sourceFile) => new(new GazetteError(
        sourceFile,
        null,
        "the body is nested too deeply to publish (lists, quotes, emphasis or brackets inside one another, or a very long run of * or [); flatten it, or escape a long run of * or [ with \\"));
}
