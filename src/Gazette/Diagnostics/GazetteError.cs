using System.Globalization;
using System.Text;

namespace Gazette.Diagnostics;

/// <summary>A problem found in one of the site's files, located as precisely as the source allows.</summary>
/// <param name="File">The file, relative to the site root where possible.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Message">What is wrong and, where it helps, what to do.</param>
public sealed record GazetteError(string File, int? Line, string Message)
{
    /// <summary>The file; control characters in it are shown as escapes, so that every error stays on one line.</summary>
    public string File { get; init; } = Printable(File);

    /// <summary>The message; control characters quoted from the input are shown as escapes such as <c>\u000A</c>.</summary>
    public string Message { get; init; } = Printable(Message);

    /// <summary>Formats the error the way compilers do, so editors can jump to it: <c>file:line: message</c>.</summary>
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}: {Message}")
        : $"{File}: {Message}";

    // Messages quote the values they complain about; a newline or escape sequence among them would break the
    // one-error-per-line output or play tricks on the terminal.
    private static string Printable(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (NeedsEscape(c))
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF';
}
