using System.Text;
using System.Text.RegularExpressions;

namespace Gazette.Yaml;

/// <summary>Formats a string as a YAML scalar: plain when that reads back as the same string, double-quoted otherwise.</summary>
internal static partial class YamlScalar
{
    /// <summary>The scalar's text.</summary>
    public static string Format(string value)
    {
        if (value.Length > 0 && !NeedsQuotes().IsMatch(value) && !LooksTyped().IsMatch(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    // Leading indicators, ": " and " #" inside, surrounding spaces, flow characters, control characters.
    [GeneratedRegex(@"^[\s\-?:,\[\]{}#&*!|>'""%@`]|:\s|\s#|:$|\s$|[\[\]{},]|[\u0000-\u001F]", RegexOptions.CultureInvariant)]
    private static partial Regex NeedsQuotes();

    // Values a YAML 1.1 or 1.2 reader would take for a number, boolean, null or date.
    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_.:eE+\-]*|0x[0-9a-fA-F]+|\.inf|\.nan|true|false|yes|no|on|off|null|~|y|n)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooksTyped();
}
