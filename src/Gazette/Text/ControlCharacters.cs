using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Gazette.Text;

/// <summary>
/// Removes the characters that neither HTML nor XML may carry — C0 controls but tab, line feed and carriage return,
/// DEL and the C1 controls, the noncharacters U+FDD0–U+FDEF, U+FFFE and U+FFFF, and halves of surrogate pairs standing
/// alone — which a pasted text or a YAML escape can hide; left in, they would make pages invalid and feeds unwritable.
/// </summary>
internal static class ControlCharacters
{
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
        var offset = 0;
        while (FirstCandidate(text[offset..], breaksToo) is var found and >= 0)
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

    // Whether c may be forbidden: every character Remove removes, and every half of a surrogate pair (whole pairs are
    // allowed, which takes the next character to tell).
    private static bool IsCandidate(char c, bool breaksToo) =>
        (c < '\u0020' && (breaksToo || c is not ('\t' or '\n' or '\r')))
        || c is >= '\u007F' and <= '\u009F' or >= '\uD800' and <= '\uDFFF' or >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF'
        || (breaksToo && c is '\u2028' or '\u2029');

    // The first candidate (IsCandidate), sixteen characters at a time. Every body is checked each time it is read, and
    // a set of two thousand characters made SearchValues test each Chinese character one by one: 1.7% of a build.
    private static int FirstCandidate(ReadOnlySpan<char> text, bool breaksToo)
    {
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= units.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var found = Candidates(Vector256.Create(units.Slice(i, Vector256<ushort>.Count)), breaksToo).ExtractMostSignificantBits();
                if (found != 0)
                {
                    return i + BitOperations.TrailingZeroCount(found);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (IsCandidate(text[i], breaksToo))
            {
                return i;
            }
        }

        return -1;
    }

    // IsCandidate on each lane: all ones where it holds. A range is tested as one unsigned comparison of the distance
    // from its start.
    private static Vector256<ushort> Candidates(Vector256<ushort> c, bool breaksToo)
    {
        static Vector256<ushort> In(Vector256<ushort> c, ushort first, ushort last) =>
            Vector256.LessThanOrEqual(c - Vector256.Create(first), Vector256.Create((ushort)(last - first)));

        var controls = Vector256.LessThan(c, Vector256.Create((ushort)0x20));
        if (!breaksToo)
        {
            controls &= ~(Vector256.Equals(c, Vector256.Create((ushort)'\t')) | Vector256.Equals(c, Vector256.Create((ushort)'\n')) | Vector256.Equals(c, Vector256.Create((ushort)'\r')));
        }

        var found = controls | In(c, 0x7F, 0x9F) | In(c, 0xD800, 0xDFFF) | In(c, 0xFDD0, 0xFDEF) | Vector256.GreaterThanOrEqual(c, Vector256.Create((ushort)0xFFFE));
        return breaksToo ? found | In(c, 0x2028, 0x2029) : found;
    }
}
