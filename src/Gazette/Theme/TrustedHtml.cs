namespace Gazette.Theme;

/// <summary>
/// Markup that Gazette itself produced (a rendered body, a partial, a layout's content) and that templates print as is.
/// Every other value a template prints is escaped.
/// </summary>
/// <param name="Value">The HTML.</param>
internal sealed record TrustedHtml(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
