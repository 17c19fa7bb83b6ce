using System.Collections.Immutable;
using Gazette.Diagnostics;
using Gazette.Incremental;
using Gazette.Site;

namespace Gazette.Content;

/// <summary>
/// The files of <c>input/</c> sorted by what they are: Markdown (articles and pages); files of a folder of its own
/// (<c>input/…/{id}/index.md</c> with the files beside it and below it, a page bundle); site-wide files
/// (<c>input/files/</c>, published at <c>/files/</c>); the settings; and files that belong nowhere, which are not
/// published and are warned about.
/// </summary>
internal sealed class ContentFiles
{
    /// <summary>The folder of <c>input/</c> whose Markdown files are pages (单页), whatever their front matter says.</summary>
    public const string PagesFolder = "pages";

    /// <summary>The folder of <c>input/</c> published as it is at <c>/files/</c>.</summary>
    public const string SiteFilesFolder = "files";

    /// <summary>The Markdown file that makes a folder the folder of one article or page.</summary>
    public const string BundleIndex = "index.md";

    private const string InputPrefix = "input/";

    private ContentFiles(ImmutableDictionary<string, ImmutableArray<InputFile>> bundles, ImmutableArray<InputFile> siteFiles, ImmutableArray<InputFile> unplaced)
    {
        Bundles = bundles;
        SiteFiles = siteFiles;
        Unplaced = unplaced;
    }

    /// <summary>Each bundle's files but its Markdown, by the bundle's folder (relative to the root, e.g. <c>input/gywm</c>).</summary>
    public ImmutableDictionary<string, ImmutableArray<InputFile>> Bundles { get; }

    /// <summary>The files under <c>input/files/</c>.</summary>
    public ImmutableArray<InputFile> SiteFiles { get; }

    /// <summary>Files that belong to no article, page or <c>input/files/</c>: they are not published.</summary>
    public ImmutableArray<InputFile> Unplaced { get; }

    /// <summary>Sorts the scanned files of <c>input/</c>.</summary>
    public static ContentFiles Of(InputSnapshot inputs)
    {
        var inInput = inputs.Files.Where(f => f.RelativePath.StartsWith(InputPrefix, StringComparison.Ordinal)).ToList();
        var bundleFolders = inInput
            .Where(f => BundleFolderName(f.RelativePath) is not null)
            .Select(f => f.RelativePath[..f.RelativePath.LastIndexOf('/')])
            .ToHashSet(StringComparer.Ordinal);
        var bundles = new Dictionary<string, List<InputFile>>(StringComparer.Ordinal);
        var siteFiles = new List<InputFile>();
        var unplaced = new List<InputFile>();
        foreach (var file in inInput)
        {
            var relative = file.RelativePath[InputPrefix.Length..];
            if (relative.EndsWith(".md", StringComparison.Ordinal) || !relative.Contains('/') && relative is SitePaths.SiteSettingsFileName or SitePaths.ImportManifestFileName)
            {
                continue;
            }

            if (relative.StartsWith(SiteFilesFolder + "/", StringComparison.Ordinal))
            {
                siteFiles.Add(file);
            }
            else if (OwningBundle(file.RelativePath, bundleFolders) is { } bundle)
            {
                (bundles.TryGetValue(bundle, out var list) ? list : bundles[bundle] = []).Add(file);
            }
            else
            {
                unplaced.Add(file);
            }
        }

        return new ContentFiles(
            bundles.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal),
            [.. siteFiles],
            [.. unplaced]);
    }

    /// <summary>
    /// The name of the folder a bundle's Markdown file makes its own (<c>input/zxzx/2024-zyjn/index.md</c> →
    /// <c>2024-zyjn</c>); null when the file is not an <c>index.md</c> below a folder of <c>input/</c>.
    /// </summary>
    public static string? BundleFolderName(string sourceFile)
    {
        var parts = sourceFile.Split('/');
        return parts.Length >= 3 && parts[0] == "input" && parts[^1] == BundleIndex && parts[1] != SiteFilesFolder ? parts[^2] : null;
    }

    /// <summary>The bundle folder of a Markdown file (<c>input/gywm</c> for <c>input/gywm/index.md</c>), or null when it has none.</summary>
    public static string? BundleFolderOf(string sourceFile) =>
        BundleFolderName(sourceFile) is null ? null : sourceFile[..sourceFile.LastIndexOf('/')];

    /// <summary>Whether a Markdown file sits where every file is a page: under <c>input/pages/</c>.</summary>
    public static bool IsInPagesFolder(string sourceFile) => sourceFile.StartsWith(InputPrefix + PagesFolder + "/", StringComparison.Ordinal);

    /// <summary>The warnings for files that are not published, so that a document put in the wrong folder is noticed.</summary>
    public ImmutableArray<GazetteError> UnplacedWarnings() =>
        [.. Unplaced.Select(f => new GazetteError(f.RelativePath, null, $"this file is not published: a file is published only in an article's or page's own folder (beside its {BundleIndex}) or under input/{SiteFilesFolder}/ (README, \"Attachments and images\")"))];

    // The nearest folder above the file that is a bundle: a bundle inside another owns its own files.
    private static string? OwningBundle(string relativePath, HashSet<string> bundleFolders)
    {
        var folder = relativePath;
        while (folder.LastIndexOf('/') is var slash and > 0)
        {
            folder = folder[..slash];
            if (bundleFolders.Contains(folder))
            {
                return folder;
            }
        }

        return null;
    }
}
