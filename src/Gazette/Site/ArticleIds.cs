using System.Text.RegularExpressions;

namespace Gazette.Site;

/// <summary>
/// The last segment of an article's address: what an id may hold, and the id a seed's file name carries. Shared by
/// import, which names the Markdown file after it, and the front matter reader, which builds the address from it.
/// </summary>
internal static partial class ArticleIds
{
    /// <summary>Whether <paramref name="id"/> holds only letters, digits, '-' and '_', starting with a letter or digit.</summary>
    public static bool IsWellFormed(string id) => IdPattern().IsMatch(id);

    /// <summary>The id a seed file name carries: <c>seeds/000_e0b2ebfcac031705.txt</c> → <c>e0b2ebfcac031705</c>.</summary>
    public static string? FromSeed(string seedPath)
    {
        var stem = Path.GetFileNameWithoutExtension(seedPath.Replace('\\', '/').Split('/')[^1]);
        var match = SeedNamePattern().Match(stem);
        var id = match.Success ? match.Groups["id"].Value : stem;
        return IsWellFormed(id) && AddressRules.LengthProblem(id) is null ? id.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9]+_(?<id>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SeedNamePattern();
}
