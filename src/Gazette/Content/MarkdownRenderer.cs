using Markdig;

namespace Gazette.Content;

/// <summary>
/// Turns article bodies into HTML with one pipeline built once and shared across threads.
/// Raw HTML in Markdown is not passed through: it is shown as text, so nothing a page says can become markup.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCjkFriendlyEmphasis()
        .DisableHtml()
        .Build();

    /// <summary>Renders a Markdown body to an HTML fragment.</summary>
    public string ToHtml(string markdown) => Markdown.ToHtml(markdown, _pipeline);
}
