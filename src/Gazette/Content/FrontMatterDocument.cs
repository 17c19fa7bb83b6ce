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
        if (Find(normalized, out problem) is not { } found)
        {
            return null;
        }

        return new FrontMatterDocument(normalized[4..found.YamlEnd], found.BodyStart < 0 ? string.Empty : normalized[found.BodyStart..], found.BodyLine);
    }

    /// <summary>The front matter alone, as <see cref="Split"/> gives it, without copying the body; null where that gives none.</summary>
    public static string? YamlOf(string text)
    {
        var normalized = Normalized(text);
        return Find(normalized, out _) is { } found ? normalized[4..found.YamlEnd] : null;
    }

    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');

    // Where the front matter ends, where the body starts (-1 when the file ends at the closing line) and its line.
    private static (int YamlEnd, int BodyStart, int BodyLine)? Find(string normalized, out string? problem)
    {
        problem = null;
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            problem = "the file must begin with front matter: a line '---', then title, date and section, then '---'";
            return null;
        }

        var position = 4;
        var line = 2;
        while (position <= normalized.Length)
        {
            var end = normalized.IndexOf('\n', position);
            var current = end < 0 ? normalized.AsSpan(position) : normalized.AsSpan(position, end - position);
            if (current.TrimEnd() is "---" or "...")
            {
                return (position, end < 0 ? -1 : end + 1, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        problem = "the front matter is never closed: add a line '---' after the last key";
        return null;
    }
}
