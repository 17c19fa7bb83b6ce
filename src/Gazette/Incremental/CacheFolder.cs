using System.IO.Hashing;
using System.Text;
using Gazette.FileSystem;
using Gazette.Site;

namespace Gazette.Incremental;

/// <summary>
/// <c>.gazette/</c>, the one folder of what rebuilds remember, and the one place that names its files. None of it is
/// committed. Every cache file in it is a <see cref="CacheFileWriter"/> file keyed by <see cref="BuildKey"/>, so a
/// damaged or foreign one is read as none; only the output record (<c>outputs/</c>) is more than a cache, since it
/// decides which files a build may remove.
/// </summary>
/// <param name="Path">The folder, <see cref="SitePaths.Cache"/>.</param>
internal sealed record CacheFolder(string Path)
{
    /// <summary>The cache folder of a site.</summary>
    public static CacheFolder Of(SitePaths paths) => new(paths.Cache);

    /// <summary>Every input file's size, time and hash (<see cref="InputSnapshot"/>).</summary>
    public string Inputs => Combine("inputs.cache");

    /// <summary>The fingerprint and outcome of the last build (<see cref="BuildStamp"/>).</summary>
    public string Stamp => Combine("build.stamp");

    /// <summary>The articles the last build read, in shards (<see cref="ArticleCache"/>).</summary>
    public string Articles => Combine("articles");

    /// <summary>The related-article lists (<see cref="RelatedListCache"/>).</summary>
    public string Related => Combine("related.cache");

    /// <summary>What import made of each seed, by the seed's content and the importer (<c>ImportCache</c>).</summary>
    public string Imports => Combine("imports.cache");

    /// <summary>The last import's word that nothing was left to import (<c>ImportSeal</c>).</summary>
    public string ImportSeal => Combine("imports.seal");

    /// <summary>Each page's fingerprint (<see cref="PageFingerprints"/>).</summary>
    public string Pages => Combine("pages.cache");

    /// <summary>The folder where the search index's postings wait on disk while a large archive's index is made.</summary>
    public string SearchSpill => Combine("search.spill");

    /// <summary>The folder of output records, one per output folder (<see cref="OutputManifest"/>).</summary>
    public string Outputs => Combine(OutputsFolder);

    /// <summary>The record of what Gazette wrote to <paramref name="output"/> (links resolved).</summary>
    public string OutputManifest(string output) =>
        System.IO.Path.Combine(Outputs, $"{XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(output)):x16}.manifest");

    private const string OutputsFolder = "outputs";

    private string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Removes the temporary files of cache writes a killed build never finished.</summary>
    public void RemoveLeftovers() => CacheFileWriter.RemoveLeftovers(Path);

    /// <summary>
    /// Forgets every cache, so that the next build reads and renders everything. The output records stay (they decide
    /// what a build may remove), as does the lock.
    /// </summary>
    public void Forget()
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(Path).EnumerateFileSystemInfos())
        {
            switch (entry)
            {
                case DirectoryInfo { Name: OutputsFolder }:
                case FileInfo { Name: SiteLock.LockFileName or SiteLock.PidFileName }:
                    continue;
                case DirectoryInfo directory:
                    directory.Delete(recursive: true);
                    break;
                default:
                    entry.Delete();
                    break;
            }
        }
    }

    /// <summary>Deletes a cache file, so that what a failed build leaves is never trusted.</summary>
    public static void Delete(string file)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }
    }
}
