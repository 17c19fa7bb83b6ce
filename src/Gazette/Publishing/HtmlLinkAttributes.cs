using System.Text;

namespace Gazette.Publishing;

/// <summary>
/// Finds the <c>href</c> and <c>src</c> attribute values of a page in its UTF-8 bytes, without decoding the page: an
/// attribute is whitespace, the name (any case), optional whitespace, <c>=</c>, optional whitespace, and a value in
/// double or single quotes, found left to right without overlapping, as the pattern
/// <c>\s(?:href|src)\s*=\s*(?:"[^"]*"|'[^']*')</c> finds them in the decoded text.
/// </summary>
internal static class HtmlLinkAttributes
{
    /// <summary>The raw values (entities not decoded) in page order.</summary>
    public static List<string> In(ReadOnlySpan<byte> html)
    {
        var values = new List<string>();
        var resume = 0;
        for (var from = 0; from < html.Length;)
        {
            var found = html[from..].IndexOf((byte)'=');
            if (found < 0)
            {
                break;
            }

            var equals = from + found;
            from = equals + 1;
            if (Value(html, equals, resume) is { } value)
            {
                values.Add(Encoding.UTF8.GetString(html.Slice(value.Start, value.Length)));
                resume = value.Start + value.Length + 1;
                from = resume;
            }
        }

        return values;
    }

    // The value of the attribute whose '=' is at `equals`, when the bytes around it make one that starts at or after `resume`.
    private static (int Start, int Length)? Value(ReadOnlySpan<byte> html, int equals, int resume)
    {
        var nameEnd = SkipWhitespaceBack(html, equals);
        var nameStart = nameEnd - 4 >= 0 && IsName(html[(nameEnd - 4)..nameEnd], "href") ? nameEnd - 4
            : nameEnd - 3 >= 0 && IsName(html[(nameEnd - 3)..nameEnd], "src") ? nameEnd - 3
            : -1;
        if (nameStart < 0 || WhitespaceEndingAt(html, nameStart) is not { } space || space < resume)
        {
            return null;
        }

        var quoteAt = SkipWhitespace(html, equals + 1);
        if (quoteAt >= html.Length || (html[quoteAt] != '"' && html[quoteAt] != '\''))
        {
            return null;
        }

        var close = html[(quoteAt + 1)..].IndexOf(html[quoteAt]);
        return close < 0 ? null : (quoteAt + 1, close);
    }

    private static bool IsName(ReadOnlySpan<byte> bytes, string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if ((bytes[i] | 0x20) != name[i])
            {
                return false;
            }
        }

        return true;
    }

    // The index where whitespace before `end` starts: the first of the characters before `end` that are whitespace.
    private static int SkipWhitespaceBack(ReadOnlySpan<byte> html, int end)
    {
        while (WhitespaceEndingAt(html, end) is { } start)
        {
            end = start;
        }

        return end;
    }

    // The start of the whitespace character that ends just before `end`, or null when that character is none.
    private static int? WhitespaceEndingAt(ReadOnlySpan<byte> html, int end)
    {
        if (end <= 0)
        {
            return null;
        }

        if (html[end - 1] < 0x80)
        {
            return char.IsWhiteSpace((char)html[end - 1]) ? end - 1 : null;
        }

        return Rune.DecodeLastFromUtf8(html[..end], out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune)
            ? end - length
            : null;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> html, int start)
    {
        while (start < html.Length)
        {
            if (html[start] < 0x80)
            {
                if (!char.IsWhiteSpace((char)html[start]))
                {
                    break;
                }

                start++;
            }
            else if (Rune.DecodeFromUtf8(html[start..], out var rune, out var length) == System.Buffers.OperationStatus.Done && Rune.IsWhiteSpace(rune))
            {
                start += length;
            }
            else
            {
                break;
            }
        }

        return start;
    }
}
