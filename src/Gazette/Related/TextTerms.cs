using System.Buffers;

namespace Gazette.Related;

/// <summary>
/// Splits text into the terms that related-article matching compares: overlapping pairs of Chinese characters
/// (character bigrams) and Latin words. Bigrams need no dictionary, read traditional and simplified text alike,
/// and catch the two-character words most Chinese vocabulary is made of. A term is a 64-bit key: a bigram packs its
/// two characters, a Latin word its hash with the top bit set, so counting allocates no strings. No term is 0.
/// </summary>
internal static class TextTerms
{
    // Function characters glue words together; a pair with one of them straddles two words (标准由每月 gives 准由 and
    // 由每), so such pairs are skipped, a cheap stand-in for segmentation.
    private static readonly SearchValues<char> FunctionCharacters = SearchValues.Create("的了和与及在是由按到从向被把其之也都而或并于对将为每自起至以");

    private const ulong WordFlag = 1UL << 63;

    /// <summary>Adds each term of <paramref name="text"/> to <paramref name="counts"/>, <paramref name="weight"/> times.</summary>
    public static void Count(ReadOnlySpan<char> text, int weight, TermCounts counts)
    {
        var previous = '\0';
        var wordStart = -1;
        var wordHasLetter = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                    wordHasLetter = false;
                }

                wordHasLetter |= char.IsAsciiLetter(c);
                previous = '\0';
                continue;
            }

            if (wordStart >= 0)
            {
                // Numbers (dates, amounts) say little about the topic; words with letters do.
                if (wordHasLetter && i - wordStart >= 2)
                {
                    counts.Add(WordKey(text[wordStart..i]), weight);
                }

                wordStart = -1;
            }

            if (IsHan(c))
            {
                if (previous != '\0' && !FunctionCharacters.Contains(previous) && !FunctionCharacters.Contains(c))
                {
                    counts.Add(((ulong)previous << 16) | c, weight);
                }

                previous = c;
            }
            else
            {
                previous = '\0';
            }
        }
    }

    private static ulong WordKey(ReadOnlySpan<char> word)
    {
        // FNV-1a over the lower-cased word: stable across runs, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }

        return hash | WordFlag;
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
