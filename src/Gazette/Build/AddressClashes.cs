using Gazette.Diagnostics;
using Gazette.Output;
using Gazette.Pages;
using Gazette.Site;

namespace Gazette.Build;

/// <summary>
/// Refuses a site where two files would be written to one address, or a file where the site has a folder: a section
/// slug such as <c>archive</c> or <c>tags</c>, or an alias, can land on another page's address, or on a folder that
/// holds other pages (an alias <c>/old/notice</c> beside <c>/old/notice/</c>).
/// </summary>
internal static class AddressClashes
{
    /// <summary>Throws when any file clashes; named by the article whose old address leads there, where one does, else by the settings that shape the site.</summary>
    public static void Check(SitePaths paths, IReadOnlyList<OutputFile> files, SitePathPlan plan)
    {
        var clashes = files.GroupBy(f => f.SitePath, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var folderClashes = plan.Clashes.ToList();
        if (clashes.Count == 0 && folderClashes.Count == 0)
        {
            return;
        }

        string? Source(string sitePath) => files.FirstOrDefault(f => f.SitePath == sitePath && f.Source is not null)?.Source;
        var site = paths.Relative(paths.SiteFile);
        throw new GazetteException(
            clashes.Select(c => new GazetteError(Source(c) ?? site, null, $"two pages would be written to /{c}; rename the section slug or alias that leads there"))
            .Concat(folderClashes.Select(c => Source(c) is { } article
                ? new GazetteError(article, null, $"old address /{c} is a folder of the site, so no page can be written there; end the alias with / or correct it")
                : new GazetteError(site, null, $"/{c} is a folder of the site and would be a page too; rename the section slug that leads there")))
            .ToList());
    }
}
