using System.Buffers;

namespace Gazette.Import;

/// <summary>Makes the <c>summary</c> of an imported article from its first paragraph.</summary>
internal static class SummaryWriter
{
    /// <summary>The longest summary, in characters, before it is cut.</summary>
    public const int MaxLength = 100;

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create("。！？；，、,;!?");

    /// <summary>
    /// The first paragraph that reads as prose (not a document number or an addressee line ending in a colon), whole
    /// when it is short; otherwise its opening clauses up to <see cref="MaxLength"/> characters, cut after a
    /// punctuation mark and ended with ……, so that no word is cut in half.
    /// </summary>
    public static string? Summarize(IReadOnlyList<string> paragraphs)
    {
        var first = paragraphs.FirstOrDefault(IsProse)
            ?? paragraphs.FirstOrDefault(p => p.Length >= 20)
            ?? paragraphs.FirstOrDefault(p => p.Length > 0);
        if (first is null)
        {
            return null;
        }

        if (first.Length <= MaxLength)
        {
            return first;
        }

        var cut = first.AsSpan(0, MaxLength).LastIndexOfAny(ClauseEnds);
        var head = cut > MaxLength / 3 ? first[..(cut + 1)] : first[..MaxLength];
        return head + "……";
    }

    private static bool IsProse(string paragraph) =>
        paragraph.Length >= 20 && !paragraph.EndsWith(':') && !paragraph.EndsWith('：');
}
