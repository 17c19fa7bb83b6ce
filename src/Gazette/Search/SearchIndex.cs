using System.Collections.Immutable;

namespace Gazette.Search;

/// <summary>The files of a site's search index, all under <see cref="Folder"/> and named by their content.</summary>
/// <param name="Manifest">The site path of the manifest, the one file a search starts from.</param>
/// <param name="Files">Every file, by site path, manifest included, in a stable order.</param>
internal sealed record SearchIndex(string Manifest, ImmutableArray<(string SitePath, byte[] Content)> Files)
{
    /// <summary>The folder of the site that holds the index.</summary>
    public const string Folder = "search/";

    /// <summary>The version of the format, which the script checks.</summary>
    public const int Version = 3;
}
