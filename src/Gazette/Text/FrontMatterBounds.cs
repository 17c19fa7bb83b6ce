namespace Gazette.Text;

/// <summary>
/// Where a Markdown file's YAML front matter ends and its body starts, in its text with LF line ends and no byte-order
/// mark: the front matter runs from <see cref="YamlStart"/> (after the opening <c>---</c> line) to
/// <see cref="YamlEnd"/>; the body from <see cref="BodyStart"/>, on file line <see cref="BodyLine"/>.
/// </summary>
/// <param name="YamlEnd">Where the closing <c>---</c> (or <c>...</c>) line starts.</param>
/// <param name="BodyStart">Where the body starts; -1 when the text ends at the closing line.</param>
/// <param name="BodyLine">The file line on which the body starts.</param>
internal readonly record struct FrontMatterBounds(int YamlEnd, int BodyStart, int BodyLine)
{
    /// <summary>Where the front matter starts: after the opening <c>---</c> line.</summary>
    public const int YamlStart = 4;

    /// <summary>The bounds in <paramref name="text"/>; null when it does not open with a <c>---</c> line or the front matter is never closed, and <paramref name="problem"/> says which.</summary>
    public static FrontMatterBounds? Find(ReadOnlySpan<char> text, out string? problem)
    {
        problem = null;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            problem = "the file must begin with front matter: a line '---', then title, date and section, then '---'";
            return null;
        }

        var position = YamlStart;
        var line = 2;
        while (position <= text.Length)
        {
            var length = text[position..].IndexOf('\n');
            var current = length < 0 ? text[position..] : text.Slice(position, length);
            if (current.TrimEnd() is "---" or "...")
            {
                return new FrontMatterBounds(position, length < 0 ? -1 : position + length + 1, line + 1);
            }

            if (length < 0)
            {
                break;
            }

            position += length + 1;
            line++;
        }

        problem = "the front matter is never closed: add a line '---' after the last key";
        return null;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is as <see cref="Find"/> takes it, with no CR and no byte-order mark at the start;
    /// other text has its CR LF made LF and its leading marks removed first (<c>FrontMatterDocument</c>).
    /// </summary>
    public static bool IsPlain(ReadOnlySpan<char> text) => !text.Contains('\r') && !text.StartsWith('\uFEFF');

    /// <summary>The body in <paramref name="text"/>, the text these bounds were found in.</summary>
    public ReadOnlySpan<char> BodyOf(ReadOnlySpan<char> text) => BodyStart < 0 ? [] : text[BodyStart..];
}
