using System.Buffers;
using System.Text;

namespace Gazette.Publishing;

/// <summary>How a value is written in an nginx configuration file so that nginx reads it back unchanged.</summary>
internal static class NginxSyntax
{
    private static readonly SearchValues<char> Special = SearchValues.Create(" \t\"'{};#\\");

    private static readonly SearchValues<char> RegexSpecial = SearchValues.Create(".^$|?*+()[]{}\\");

    /// <summary>
    /// A bare word unless it holds spaces, quotes, braces, semicolons, a backslash or a leading
    /// <c>~</c> (a regular expression to nginx); then a quoted string with its quotes and backslashes escaped.
    /// </summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(Special) >= 0 || value.StartsWith('~') || value.Length == 0
            ? "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : value;

    /// <summary>A literal path as a piece of a PCRE regular expression.</summary>
    public static string RegexLiteral(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (RegexSpecial.Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
