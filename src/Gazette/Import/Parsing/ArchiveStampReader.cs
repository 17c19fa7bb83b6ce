using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// An archive stamp (归档时间: 2023-06-15) under the breadcrumb: the date an old page was archived, which is not its
/// publish date. The first such line is taken and becomes a field of the page.
/// </summary>
internal sealed partial class ArchiveStampReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        for (var i = lines.Top; i < lines.Count; i++)
        {
            if (lines.IsText(i) && Archived().Match(lines[i]) is { Success: true } match)
            {
                lines.MarkMeta(i);
                page.Archived = match.Groups["value"].Value.Trim();
                return;
            }
        }
    }

    /// <summary>An archive stamp: 归档时间:2023-06-15.</summary>
    [GeneratedRegex(@"^[归歸][档檔](?:[时時][间間]|日期)\s*[:：]\s*(?<value>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Archived();
}
