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
    /// <summary>How many partials are being rendered inside one another on this context now.</summary>
    public int PartialDepth { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html:
                Write(html.Value);
                return this;
            default:
                Write(HtmlText.Escape(ObjectToString(textAsObject) ?? string.Empty));
                return this;
        }
    }
}
