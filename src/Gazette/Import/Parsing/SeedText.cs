using System.Net;

namespace Gazette.Import.Parsing;

/// <summary>The text of a seed as the readers see it: one trimmed line per entry, entities and control characters gone.</summary>
internal static class SeedText
{
    /// <summary>Splits a decoded seed into lines (any line ending), decoding entities and trimming each line.</summary>
    public static string[] Normalize(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('&', StringComparison.Ordinal))
            {
                // Scrapers leave entities such as &nbsp; in; they stand for characters, which is what is kept.
                line = WebUtility.HtmlDecode(line);
            }

            lines[i] = Clean(Gazette.Text.ControlCharacters.Remove(line));
        }

        return lines;
    }

    /// <summary>A line or a part of one without the spaces, full-width spaces and invisible marks around it.</summary>
    public static string Clean(string line) => line.Trim(' ', '\t', '\u00A0', '\u3000', '\uFEFF', '\u200B');
}
