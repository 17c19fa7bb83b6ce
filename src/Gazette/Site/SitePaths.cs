namespace Gazette.Site;

/// <summary>Where a site's folders are. Every path is absolute.</summary>
/// <param name="Root">The project root: the folder holding <c>input/</c>, <c>theme/</c> and <c>seeds/</c>.</param>
/// <param name="Output">Where the built site goes; <c>output/</c> under the root unless told otherwise.</param>
public sealed record SitePaths(string Root, string Output)
{
    /// <summary>The editable Markdown sources and <c>_site.yml</c>.</summary>
    public string Input => Path.Combine(Root, "input");

    /// <summary>The raw scraped pages.</summary>
    public string Seeds => Path.Combine(Root, "seeds");

    /// <summary>Layouts, partials and assets.</summary>
    public string Theme => Path.Combine(Root, "theme");

    /// <summary>
    /// What rebuilds remember, the record of what Gazette wrote to each output folder, and the lock: <c>.gazette/</c>.
    /// The preview keeps its own, apart (<see cref="Preview"/>).
    /// </summary>
    public string Cache { get; init; } = Path.Combine(Root, ".gazette");

    /// <summary>
    /// What the web server needs beside the site and must never serve: the nginx configuration and the redirect map,
    /// <c>deploy/</c>, beside <c>output/</c> and never inside it.
    /// </summary>
    public string Deploy { get; init; } = Path.Combine(Root, "deploy");

    /// <summary>
    /// The same site as <c>gazette serve</c> builds it: into <c>.gazette/preview/site/</c>, never <c>output/</c>, with
    /// its own caches in <c>.gazette/preview/cache/</c>, since it shows drafts a published build leaves out.
    /// </summary>
    public SitePaths Preview => this with
    {
        Output = Path.Combine(Root, ".gazette", "preview", "site"),
        Cache = Path.Combine(Root, ".gazette", "preview", "cache"),
        Deploy = Path.Combine(Root, ".gazette", "preview", "deploy"),
    };

    /// <summary>The site settings file.</summary>
    public string SiteFile => Path.Combine(Input, SiteSettingsFileName);

    /// <summary>The record of what import wrote, so that a person's later edits can be told apart.</summary>
    public string ImportManifest => Path.Combine(Input, ImportManifestFileName);

    /// <summary>File name of the site settings inside <c>input/</c>.</summary>
    public const string SiteSettingsFileName = "_site.yml";

    /// <summary>File name of the import record inside <c>input/</c>.</summary>
    public const string ImportManifestFileName = "_imported.yml";

    /// <summary>Resolves the folders from a root and an optional output folder.</summary>
    public static SitePaths For(string root, string? output = null)
    {
        var fullRoot = Path.GetFullPath(root);
        var fullOutput = Path.GetFullPath(output ?? Path.Combine(fullRoot, "output"));
        return new SitePaths(fullRoot, fullOutput);
    }

    /// <summary>A path relative to the root, with forward slashes, for messages and front matter.</summary>
    public string Relative(string path) =>
        Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
}
