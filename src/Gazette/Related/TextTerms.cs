using System.Globalization;
using System.Text;

namespace Gazette.Related;

/// <summary>
/// Splits text into the terms that related-article matching compares: overlapping pairs of Chinese characters
/// (character bigrams) and Latin words. Bigrams need no dictionary, read traditional and simplified text alike,
/// and catch the two-character words most Chinese vocabulary is made of.
/// </summary>
public static class TextTerms
{
    // Function characters glue words together; a pair with one of them straddles two words (标准由每月 gives 准由 and
    // 由每), so such pairs are skipped, a cheap stand-in for segmentation.
    private static readonly System.Buffers.SearchValues<char> FunctionCharacters = System.Buffers.SearchValues.Create("的了和与及在是由按到从向被把其之也都而或并于对将为每自起至以");

    /// <summary>Adds each term of <paramref name="text"/> to <paramref name="counts"/>, <paramref name="weight"/> times.</summary>
    public static void Count(string text, int weight, Dictionary<string, int> counts)
    {
        var word = new StringBuilder();
        var previous = '\0';
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                Flush(word, weight, counts);
                if (previous != '\0' && !FunctionCharacters.Contains(previous) && !FunctionCharacters.Contains(c))
                {
                    Add(string.Create(2, (previous, c), (span, pair) => (span[0], span[1]) = pair), weight, counts);
                }

                previous = c;
                continue;
            }

            previous = '\0';
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush(word, weight, counts);
            }
        }

        Flush(word, weight, counts);
    }

    private static void Flush(StringBuilder word, int weight, Dictionary<string, int> counts)
    {
        // Numbers (dates, amounts) say little about the topic; words with letters do.
        if (word.Length >= 2 && word.ToString().Any(char.IsAsciiLetter))
        {
            Add(word.ToString(), weight, counts);
        }

        word.Clear();
    }

    private static void Add(string term, int weight, Dictionary<string, int> counts) =>
        counts[term] = counts.GetValueOrDefault(term) + weight;

    private static bool IsHan(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
