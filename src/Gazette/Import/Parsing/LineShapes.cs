using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>What a line reads like, judged from its own text: prose, or a headline.</summary>
internal static partial class LineShapes
{
    /// <summary>The longest line that can be a title; longer is prose.</summary>
    public const int LongestTitle = 100;

    /// <summary>Whether a line reads as body prose: too long for a title, or ending a sentence.</summary>
    public static bool LooksLikeBody(string line) =>
        line.Length > LongestTitle || line.EndsWith('。') || line.EndsWith('；') || line.EndsWith(';');

    /// <summary>Whether a line could be a headline: short, not a sentence, not a label, not starting with a date.</summary>
    public static bool IsTitleLike(string line) =>
        line.Length > 1 && !LooksLikeBody(line) && !line.EndsWith('：') && !line.EndsWith(':') && !SeedPatterns.StartsWithDate().IsMatch(line);

    /// <summary>Whether a line is the name of a government body or its website alone (某某市人力资源和社会保障局, 某某县人民政府门户网站).</summary>
    public static bool IsOrganisationName(string line) => OrganisationName().IsMatch(line);

    [GeneratedRegex(@"^\S{2,}(?:局|厅|廳|委员会|委員會|办公室|辦公室|人民政府|政府|政府网|政府網|门户网站|門戶網站|门户|門戶|官网|官網|网站|網站)$", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationName();
}
