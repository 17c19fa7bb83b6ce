using Gazette.Content.SafeLinks;
using Gazette.Diagnostics;
using Markdig;

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
    /// Renders a Markdown body to an HTML fragment. Throws <see cref="GazetteException"/> naming
    /// <paramref name="sourceFile"/> when the body is nested too deeply to render.
    /// </summary>
    public string ToHtml(string markdown, string sourceFile = "markdown")
    {
        try
        {
            return Markdown.ToHtml(markdown, _pipeline);
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
    private static bool IsTooDeep(Exception e) =>
        e is InsufficientExecutionStackException || (e is ArgumentException && e.Message.Contains("nested", StringComparison.OrdinalIgnoreCase));

    private static GazetteException TooDeep(string sourceFile) => new(new GazetteError(
        sourceFile,
        null,
        "the body is nested too deeply to publish (lists, quotes, emphasis or brackets inside one another, or a very long run of * or [); flatten it, or escape a long run of * or [ with \\"));
}
