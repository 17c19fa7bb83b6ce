using Gazette.Import.Parsing;
using Gazette.Site;

namespace Gazette.Import;

/// <summary>
/// Puts a page in a section: its own breadcrumb first; else the folder its seed sits in under <c>seeds/</c>, when the
/// folder's path names a section by slugs or names (the deepest section it reaches, so a year folder below a
/// section's folder still places there); else <c>default_section</c>; else nowhere, and the article waits for review.
/// </summary>
internal static class SectionPlacer
{
    /// <summary>The page with its section, and the rule that gave it. <paramref name="seedFolders"/> are the folders between <c>seeds/</c> and the seed.</summary>
    public static (SeedPage Page, SectionPlacement Placement) Place(SeedPage page, IReadOnlyList<string> seedFolders, SiteSettings settings)
    {
        if (!page.Section.IsEmpty)
        {
            return (page, SectionPlacement.Breadcrumb);
        }

        if (settings.Sections.FindByFolder(seedFolders) is { } folder)
        {
            return (page with { Section = folder.Names }, SectionPlacement.SeedFolder);
        }

        return settings.DefaultSection is { } fallback
            ? (page with { Section = fallback.Names }, SectionPlacement.DefaultSection)
            : (page, SectionPlacement.Unplaced);
    }

    /// <summary>The folders between <c>seeds/</c> and a seed, e.g. <c>seeds/zxzx/tzgg/a.txt</c> → zxzx, tzgg.</summary>
    public static IReadOnlyList<string> FoldersOf(SitePaths paths, string seedFullPath) =>
        Path.GetRelativePath(paths.Seeds, seedFullPath).Replace('\\', '/').Split('/')[..^1];
}
