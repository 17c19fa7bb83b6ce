using System.Collections.Immutable;

namespace Gazette.Import.Parsing;

/// <summary>
/// A breadcrumb that ends with the article itself (首页 > 新闻 > 某某标题, or its first words and an ellipsis): that
/// level is not a section and is dropped.
/// </summary>
internal sealed class BreadcrumbTitleReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page) => page.Section = WithoutTitleLevel(page.Section, page.Title);

    private static ImmutableArray<string> WithoutTitleLevel(ImmutableArray<string> section, string? title)
    {
        if (section.IsEmpty)
        {
            return section;
        }

        var last = section[^1];
        var truncated = last.TrimEnd('…', '.', '。');
        var isTitle = (title is not null && truncated.Length >= 6 && title.StartsWith(truncated, StringComparison.Ordinal))
            || last.Length > 24 || last.EndsWith('…') || last.EndsWith("...", StringComparison.Ordinal);
        return isTitle ? section.RemoveAt(section.Length - 1) : section;
    }
}
