using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// A repost credit closing the body (---稿件来源:X, 稿件来源：X in one of the last three blocks): the source when the
/// date line named none. The paragraph stays in the body.
/// </summary>
internal sealed partial class RepostSourceReader : ISeedReader
{
    private const int ClosingBlocks = 3;

    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page) => page.Source ??= RepostSource(page.Blocks);

    private static string? RepostSource(ImmutableArray<SeedBlock> blocks)
    {
        foreach (var paragraph in blocks.Reverse().Take(ClosingBlocks).OfType<SeedParagraph>())
        {
            if (RepostCredit().Match(paragraph.Text) is { Success: true } match)
            {
                return match.Groups["value"].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>A repost credit at the end of a body: ---稿件来源:X, 稿件来源：X.</summary>
    [GeneratedRegex(@"^[-—–\s]*(?:稿件|文章|信息)?[来來]源\s*[:：]\s*(?<value>\S.{0,40}?)\s*[)）]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RepostCredit();
}
