using Gazette.Text;

namespace Gazette.Content;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
/// <param name="Yaml">The text between the two <c>---</c> lines.</param>
/// <param name="Body">Everything after the closing line.</param>
/// <param name="BodyLine">The file line on which the body starts.</param>
internal sealed record FrontMatterDocument(string Yaml, string Body, int BodyLine)
{
    /// <summary>
    /// Splits a file's text. Returns null when the file does not open with a <c>---</c> line
    /// or the front matter is never closed; <paramref name="problem"/> then says which.
    /// </summary>
    public static FrontMatterDocument? Split(string text, out string? problem)
    {
        var normalized = Normalized(text);
        if (FrontMatterBounds.Find(normalized, out problem) is not { } found)
        {
            return null;
        }

        return new FrontMatterDocument(normalized[FrontMatterBounds.YamlStart..found.YamlEnd], found.BodyStart < 0 ? string.Empty : normalized[found.BodyStart..], found.BodyLine);
    }

    /// <summary>The front matter alone, as <see cref="Split"/> gives it, without copying the body; null where that gives none.</summary>
    public static string? YamlOf(string text)
    {
        var normalized = Normalized(text);
        return FrontMatterBounds.Find(normalized, out _) is { } found ? normalized[FrontMatterBounds.YamlStart..found.YamlEnd] : null;
    }

    // CR LF made LF and leading byte-order marks removed: text FrontMatterBounds.Find takes as it is.
    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
}
