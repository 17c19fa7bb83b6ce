using Gazette.Diagnostics;
using Gazette.FileSystem;

namespace Gazette.Pages;

/// <summary>The theme's assets: <c>theme/assets/</c> copied into the site's <c>assets/</c> folder as they are.</summary>
internal sealed class AssetFiles : IPageProducer
{
    /// <summary>The folder of the site that holds the theme's assets.</summary>
    public const string Folder = "assets";

    /// <summary>The stylesheet every page links to.</summary>
    public const string StylesheetPath = Folder + "/gazette.css";

    /// <inheritdoc />
    public string Name => "assets";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var paths = context.Paths;
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
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            files.Add(new OutputFile($"{Folder}/{relative}", File.ReadAllBytes(file)));
        }

        return ProducedPages.Of(files);
    }
}
