using System.Net;
using System.Text;

namespace Gazette.Content;

/// <summary>
/// The text a reader sees in a Markdown body, read straight from the Markdown in one pass rather than through a parse
/// into a tree and a rendering: what search indexes, where the body of every article is read and only words matter.
/// Block markers (headings, quotes, list items, fences, table rules, reference definitions) and inline markup
/// (emphasis, code spans, link and image syntax, backslash escapes, entities) are dropped and their text kept; a
/// link's or image's text stays, its address does not. Every line ends with a line break and table cells are
/// separated by one, so no term runs from one into the next. Raw HTML stays as it is, as the page shows it as text.
/// </summary>
internal static class BodyText
{
    private static readonly System.Buffers.SearchValues<char> RuleCharacters = System.Buffers.SearchValues.Create("*-_=");
    private static readonly System.Buffers.SearchValues<char> RuleLineCharacters = System.Buffers.SearchValues.Create("*-_= \t");
    private static readonly System.Buffers.SearchValues<char> TableRuleCharacters = System.Buffers.SearchValues.Create("|-: \t");
    /// <summary>Appends the text of <paramref name="markdown"/> to <paramref name="text"/>.</summary>
    public static void Append(StringBuilder text, ReadOnlySpan<char> markdown)
    {
        var fence = '\0';
        var fenceLength = 0;
        foreach (var raw in markdown.EnumerateLines())
        {
            var line = raw.TrimStart(" \t");
            if (fence != '\0')
            {
                if (FenceLength(line, fence) >= fenceLength && line.TrimStart(fence).Trim(" \t").IsEmpty)
                {
                    fence = '\0';
                }
                else
                {
                    text.Append(raw).Append('\n');
                }

                continue;
            }

            if (line.Length > 0 && line[0] is '`' or '~' && FenceLength(line, line[0]) >= 3)
            {
                (fence, fenceLength) = (line[0], FenceLength(line, line[0]));
                continue;
            }

            if (!IsRule(line) && !IsReferenceDefinition(line))
            {
                AppendInline(text, WithoutBlockMarkers(line));
            }

            text.Append('\n');
        }
    }

    private static int FenceLength(ReadOnlySpan<char> line, char fence)
    {
        var length = 0;
        while (length < line.Length && line[length] == fence)
        {
            length++;
        }

        return length;
    }

    // A thematic break (*** --- ___, spaces allowed), a setext underline (=== ---) or a table's delimiter row (|---|:-:|).
    private static bool IsRule(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd(" \t");
        if (trimmed.IsEmpty)
        {
            return false;
        }

        if (!trimmed.ContainsAnyExcept(RuleLineCharacters) && trimmed.IndexOfAny(RuleCharacters) >= 0)
        {
            return true;
        }

        return trimmed.Contains('-') && trimmed.Contains('|') && !trimmed.ContainsAnyExcept(TableRuleCharacters);
    }

    // [label]: destination
    private static bool IsReferenceDefinition(ReadOnlySpan<char> line)
    {
        var close = line.IndexOf("]:", StringComparison.Ordinal);
        return line.StartsWith("[") && close > 1 && !line[1..close].Contains('[');
    }

    private static ReadOnlySpan<char> WithoutBlockMarkers(ReadOnlySpan<char> line)
    {
        while (true)
        {
            var before = line.Length;
            if (line.StartsWith(">"))
            {
                line = line[1..];
            }
            else if (line.Length > 1 && line[0] is '-' or '*' or '+' && line[1] is ' ' or '\t')
            {
                line = line[2..];
            }
            else if (Heading(line) is > 0 and var level)
            {
                line = line[level..];
            }
            else if (OrderedMarker(line) is > 0 and var marker)
            {
                line = line[marker..];
            }

            line = line.TrimStart(" \t");
            if (line.Length == before)
            {
                return line;
            }
        }
    }

    // ### followed by a space or nothing: the number of #.
    private static int Heading(ReadOnlySpan<char> line)
    {
        var level = FenceLength(line, '#');
        return level is >= 1 and <= 6 && (level == line.Length || line[level] is ' ' or '\t') ? level : 0;
    }

    // 1. or 1) followed by a space: the marker's length.
    private static int OrderedMarker(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && digits < 9 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] is ' ' or '\t' ? digits + 1 : 0;
    }

    // One pass, whatever the nesting: a link's [ is dropped where it opens, and at its ] the rest of its syntax, the
    // (destination "title") or [reference], is jumped over, both found by one pass that pairs the brackets.
    private static void AppendInline(StringBuilder text, ReadOnlySpan<char> line)
    {
        var jumps = line.Contains('[') ? LinkJumps(line) : null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (jumps is not null && jumps[i] != 0)
            {
                // An opening [ to drop (-1), or a closing ] whose destination ends at jumps[i] - 1.
                i = jumps[i] < 0 ? i : jumps[i] - 1;
                continue;
            }

            switch (c)
            {
                case '\\' when i + 1 < line.Length && char.IsAsciiLetterOrDigit(line[i + 1]) is false && line[i + 1] is > ' ' and < '\x7F':
                    text.Append(line[++i]);
                    break;
                case '\\' when i + 1 == line.Length:
                    break;
                case '*' or '`':
                    break;
                case '|':
                    text.Append('\n');
                    break;
                case '!' when i + 1 < line.Length && line[i + 1] == '[':
                    break;
                case '<' when Autolink(line, i) is > 0 and var end:
                    text.Append(line[(i + 1)..end]);
                    i = end;
                    break;
                case '&' when Entity(line, i) is > 0 and var end:
                    text.Append(WebUtility.HtmlDecode(line[i..(end + 1)].ToString()));
                    i = end;
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }
    }

    // For each [ that opens a link ([label](destination) or [label][reference]): -1 at the [, and at its ] the index
    // just past the link. Brackets are paired with a stack; a destination is looked for in the next MaxDestination
    // characters only, so that no line costs more than a pass or two over it.
    private static int[] LinkJumps(ReadOnlySpan<char> line)
    {
        const int MaxDestination = 2048;
        var jumps = new int[line.Length];
        var open = new Stack<int>();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '[')
            {
                open.Push(i);
            }
            else if (line[i] == ']' && open.TryPop(out var start) && i + 1 < line.Length && line[i + 1] is '(' or '[')
            {
                var rest = line[(i + 2)..];
                var close = rest[..Math.Min(rest.Length, MaxDestination)].IndexOf(line[i + 1] == '(' ? ')' : ']');
                if (close >= 0)
                {
                    jumps[start] = -1;
                    jumps[i] = i + 2 + close + 1;
                }
            }
        }

        return jumps;
    }

    // <scheme:address> or <name@host>: the index of the closing >.
    private static int Autolink(ReadOnlySpan<char> line, int open)
    {
        var close = open + 1 + line[(open + 1)..].IndexOfAny('>', ' ', '<');
        if (close <= open + 1 || line[close] != '>')
        {
            return 0;
        }

        var inner = line[(open + 1)..close];
        return inner.Contains(':') || inner.Contains('@') ? close : 0;
    }

    // &name; &#123; &#x1F; : the index of the ;.
    private static int Entity(ReadOnlySpan<char> line, int start)
    {
        var end = start + 1;
        while (end < line.Length && end - start <= 32 && (char.IsAsciiLetterOrDigit(line[end]) || (end == start + 1 && line[end] == '#')))
        {
            end++;
        }

        return end < line.Length && line[end] == ';' && end > start + 1 ? end : 0;
    }
}
