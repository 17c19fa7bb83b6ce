using System.Text;
using System.Text.RegularExpressions;

namespace Gazette.Import;

/// <summary>
/// Writes seed text into Markdown so that it renders as the same text: only the characters that would otherwise
/// become markup get a backslash, so that a paragraph stays readable, and almost always verbatim, in the source.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>Escapes one paragraph of plain text, including what would start a block at the beginning of the line.</summary>
    public static string EscapeParagraph(string text)
    {
        var escaped = EscapeInline(text);
        var start = BlockStart().Match(escaped);
        if (start.Success)
        {
            var at = start.Groups["marker"].Index;
            escaped = escaped[..at] + "\\" + escaped[at..];
        }

        return escaped;
    }

    /// <summary>Escapes the characters that would become inline markup anywhere in a line.</summary>
    public static string EscapeInline(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var escape = c switch
            {
                '\\' or '`' or '*' or '_' or '[' or ']' or '<' => true,
                '&' => char.IsAsciiLetter(next) || next == '#',
                _ => false,
            };
            if (escape)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // Starts of a line that CommonMark reads as a block: heading, quote, list item, thematic break, fence, setext line.
    [GeneratedRegex(@"^(?:(?<marker>[#>+=~])|(?<marker>-)(?=\s|-|$)|\d{1,9}(?<marker>[.)])(?=\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();
}
