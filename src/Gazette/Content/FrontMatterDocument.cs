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
        problem = null;
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
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
            var current = end < 0 ? normalized[position..] : normalized[position..end];
            if (current.TrimEnd() is "---" or "...")
            {
                var yaml = normalized[4..position];
                var body = end < 0 ? string.Empty : normalized[(end + 1)..];
                return new FrontMatterDocument(yaml, body, line + 1);
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
