using System.Collections.Immutable;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Site;

namespace Gazette.Theme;

/// <summary>
/// The theme's assets as the site publishes them: every file of <c>theme/assets/</c> under <c>assets/</c>, a stylesheet
/// or script with a hash of its content in its name (<c>gazette.3f9a0c12de.css</c>), so that a server may let browsers
/// keep it for a year: a changed file is a new address, and the pages that link it change with it.
/// </summary>
/// <param name="Files">Each asset's site path and bytes, by path.</param>
internal sealed record ThemeAssets(ImmutableArray<ThemeAsset> Files)
{
    /// <summary>The folder of the site that holds the theme's assets.</summary>
    public const string Folder = "assets";

    /// <summary>The stylesheet every page links to, as named in <c>theme/assets/</c>.</summary>
    public const string Stylesheet = "gazette.css";

    private static readonly string[] HashedExtensions = [".css", ".js"];

    /// <summary>Reads <c>theme/assets/</c>; a file that cannot be read safely is a located error.</summary>
    public static ThemeAssets Load(SitePaths paths, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(paths.Theme, Folder);
        var errors = new List<GazetteError>();
        var found = SiteFiles.List(folder, paths.Root, recurse: true, _ => true, errors);
        if (errors.Count > 0)
        {
            throw new GazetteException(errors);
        }

        var files = ImmutableArray.CreateBuilder<ThemeAsset>(found.Count);
        foreach (var file in found.Select(f => f.FullPath).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            var content = File.ReadAllBytes(file);
            files.Add(new ThemeAsset(relative, $"{Folder}/{PublishedName(relative, content)}", content));
        }

        return new ThemeAssets(files.ToImmutable());
    }

    /// <summary>
    /// The site path of an asset named as in <c>theme/assets/</c>; a theme without it still gets the plain path, so
    /// that the missing file shows as a broken link rather than an exception.
    /// </summary>
    public string SitePathOf(string name) =>
        Files.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal))?.SitePath ?? $"{Folder}/{name}";

    /// <summary>The name a file is published under: a stylesheet or script takes its content hash before the extension.</summary>
    public static string PublishedName(string name, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(name);
        if (!HashedExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return name;
        }

        return $"{name[..^extension.Length]}.{ContentHash.Of(content)}{extension}";
    }
}
