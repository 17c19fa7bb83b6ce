using Scriban;
using Scriban.Parsing;

namespace Gazette.Theme;

/// <summary>
/// A Scriban context that escapes everything a template prints, except <see cref="TrustedHtml"/>.
/// Scriban does not escape by itself, and a theme author who forgets <c>html.escape</c> once would let
/// seed text become markup; here forgetting is safe.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    // A builder grown past this (a page far larger than any the theme makes) is let go rather than kept for the next page.
    private const int KeptCapacity = 1 << 20;

    private readonly Stack<Scriban.Runtime.StringBuilderOutput> _outputs = new();
    private readonly Stack<Utf8PageOutput> _pageOutputs = new();

    /// <summary>How many partials are being rendered inside one another on this context now.</summary>
    public int PartialDepth { get; set; }

    /// <summary>The <c>site</c> the page being rendered on this context sees (null when it sees none).</summary>
    public object? Site { get; set; }

    /// <summary>
    /// An empty output for one template's text, whose builder kept its size from the pages before: a page renders a
    /// layout, the shell and partials inside one another, each into its own output, and growing a fresh builder for
    /// each of them cost more than the text they hold.
    /// </summary>
    public Scriban.Runtime.StringBuilderOutput RentOutput() => _outputs.TryPop(out var output) ? output : new Scriban.Runtime.StringBuilderOutput();

    /// <summary>An empty output that encodes a page as it is written, its buffer kept from the pages before.</summary>
    public Utf8PageOutput RentPageOutput() => _pageOutputs.TryPop(out var output) ? output : new Utf8PageOutput();

    /// <summary>Takes back an output from <see cref="RentPageOutput"/>, emptied, for the next page.</summary>
    public void ReturnPageOutput(Utf8PageOutput output)
    {
        if (output.Clear())
        {
            _pageOutputs.Push(output);
        }
    }

    /// <summary>Takes back an output from <see cref="RentOutput"/>, emptied, for the next template.</summary>
    public void ReturnOutput(Scriban.Runtime.StringBuilderOutput output)
    {
        if (output.Builder.Capacity <= KeptCapacity)
        {
            output.Builder.Clear();
            _outputs.Push(output);
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html:
                Write(html.Value);
                return this;
            case RenderedContent content when Output is Utf8PageOutput page:
                // A layout's text, limited as it was rendered, goes into the shell's bytes as bytes.
                page.Append(content.Output);
                return this;
            case RenderedContent content:
                Write(content.ToString());
                return this;
            default:
                Write(HtmlText.Escape(ObjectToString(textAsObject) ?? string.Empty));
                return this;
        }
    }
}
