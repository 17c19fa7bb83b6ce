namespace Gazette.Import.Parsing;

/// <summary>What a line reads like, judged from its own text: prose, or a headline.</summary>
internal static class LineShapes
{
    /// <summary>The longest line that can be a title; longer is prose.</summary>
    public const int LongestTitle = 100;

    /// <summary>Whether a line reads as body prose: too long for a title, or ending a sentence.</summary>
    public static bool LooksLikeBody(string line) =>
        line.Length > LongestTitle || line.EndsWith('。') || line.EndsWith('；') || line.EndsWith(';');

    /// <summary>Whether a line could be a headline: short, not a sentence, not a label, not starting with a date.</summary>
    public static bool IsTitleLike(string line) =>
        line.Length > 1 && !LooksLikeBody(line) && !line.EndsWith('：') && !line.EndsWith(':') && !SeedPatterns.StartsWithDate().IsMatch(line);
}
