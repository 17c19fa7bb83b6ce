using System.Buffers;
using System.Text;

namespace Gazette.Text;

/// <summary>
/// Removes the characters that neither HTML nor XML may carry — C0 controls but tab, line feed and carriage return,
/// DEL and the C1 controls, the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF, and halves of surrogate pairs standing
/// alone — which a pasted text or a YAML escape can hide; left in, they would make pages invalid and feeds unwritable.
/// </summary>
internal static class ControlCharacters
{
    private static readonly SearchValues<char> Candidates = SearchValues.Create(CandidateCharacters(breaks: false));

    private static readonly SearchValues<char> CandidatesWithBreaks = SearchValues.Create(CandidateCharacters(breaks: true));

    // Line breaks and tabs, which a one-line field shows as a space.
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\t\n\r\u0085\u2028\u2029");

    /// <summary>The text without forbidden characters; the same instance when it has none.</summary>
    public static string Remove(string text) =>
        FirstForbidden(text) < 0 ? text : Strip(text);

    /// <summary>As <see cref="Remove(string)"/>, passing null through.</summary>
    public static string? RemoveOrNull(string? text) => text is null ? null : Remove(text);

    /// <summary>
    /// A one-line field (a title, a name, a footer fact): each line break or tab made a space, forbidden characters
    /// removed and the ends trimmed; null when nothing is left.
    /// </summary>
    public static string? OneLine(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (text.AsSpan().IndexOfAny(Breaks) >= 0)
        {
            var builder = new StringBuilder(text, text.Length).Replace("\r\n", " ");
            foreach (var c in "\t\n\r\u0085\u2028\u2029")
            {
                builder.Replace(c, ' ');
            }

            text = builder.ToString();
        }

        var clean = Remove(text).Trim();
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>
    /// The index of the first character <see cref="Remove(string)"/> would remove — or, when
    /// <paramref name="breaksToo"/>, of a line break or tab as well — or -1. Identifiers use it to refuse rather than remove.
    /// </summary>
    public static int FirstForbidden(ReadOnlySpan<char> text, bool breaksToo = false)
    {
        var candidates = breaksToo ? CandidatesWithBreaks : Candidates;
        var offset = 0;
        while (text[offset..].IndexOfAny(candidates) is var found and >= 0)
        {
            var index = offset + found;
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                // A whole pair is an ordinary character beyond the Basic Multilingual Plane.
                offset = index + 2;
                continue;
            }

            return index;
        }

        return -1;
    }

    /// <summary>How a character is named in a message: <c>U+000A</c>.</summary>
    public static string Name(char c) => $"U+{(int)c:X4}";

    private static string Strip(string text)
    {
        var builder = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (FirstForbidden(rest) is var index and >= 0)
        {
            builder.Append(rest[..index]);
            rest = rest[(index + 1)..];
        }

        return builder.Append(rest).ToString();
    }

    private static string CandidateCharacters(bool breaks)
    {
        var builder = new StringBuilder();
        for (var c = '\u0000'; c < '\u0020'; c++)
        {
            if (breaks || c is not ('\t' or '\n' or '\r'))
            {
                builder.Append(c);
            }
        }

        for (var c = '\u007F'; c <= '\u009F'; c++)
        {
            builder.Append(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            builder.Append(c);
        }

        for (var c = '\uFDD0'; c <= '\uFDEF'; c++)
        {
            builder.Append(c);
        }

        builder.Append('\uFFFE').Append('\uFFFF');
        return breaks ? builder.Append('\u2028').Append('\u2029').ToString() : builder.ToString();
    }
}
