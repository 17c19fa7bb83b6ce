namespace Gazette.Site;

/// <summary>One block of the home page: a 栏目 with its newest titles and 更多>> to its listing.</summary>
/// <param name="Section">The 栏目; its sub-columns' articles count as its own.</param>
/// <param name="Count">How many titles the block shows.</param>
internal sealed record HomeBlock(Section Section, int Count)
{
    /// <summary>How many titles a block shows when <c>_site.yml</c> does not say.</summary>
    public const int DefaultCount = 8;
}
