using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Output;
using Gazette.Site;

namespace Gazette.Theme;

/// <summary>The Assets pipeline: copies <c>theme/assets/</c> into the site's <c>assets/</c> folder.</summary>
public static class ThemeAssets
{
    /// <summary>The folder of the site that holds the theme's assets.</summary>
    public const string Folder = "assets";

    /// <summary>The stylesheet every page links to.</summary>
    public const string StylesheetPath = Folder + "/gazette.css";

    /// <summary>Reads every asset, in a stable order.</summary>
    public static async Task<IReadOnlyList<OutputFile>> CollectAsync(SitePaths paths, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(paths.Theme, "assets");
        var errors = new List<GazetteError>();
        var found = SiteFiles.List(folder, paths.Root, recurse: true, _ => true, errors);
        if (errors.Count > 0)
        {
            throw new GazetteException(errors);
        }

        var files = new List<OutputFile>();
        foreach (var file in found.Select(f => f.FullPath).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            files.Add(new OutputFile($"{Folder}/{relative}", await File.ReadAllBytesAsync(file, cancellationToken)));
        }

        return files;
    }
}
