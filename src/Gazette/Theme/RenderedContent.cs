namespace Gazette.Theme;

/// <summary>
/// A layout's rendered text, as the shell's <c>content</c>: printed as it is, its bytes copied into the page without
/// being made a string (<see cref="Utf8PageOutput.Append"/>); a template that uses it as a value gets its text.
/// </summary>
internal sealed class RenderedContent(Utf8PageOutput output)
{
    /// <summary>The output that holds the text.</summary>
    public Utf8PageOutput Output => output;

    /// <summary>The text, decoded from the output.</summary>
    public override string ToString() => output.Decode();
}
