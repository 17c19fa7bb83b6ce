using System.Collections.Frozen;
using System.IO.Enumeration;

namespace Gazette.Output;

/// <summary>
/// The size and modification time of every file in the output folder, read in one pass over the folder (which a
/// build starts at once, beside its other work) rather than one query per page when it is needed.
/// </summary>
public sealed class DeployedFiles
{
    private readonly FrozenDictionary<string, (long Size, long WriteTimeTicks)> _files;

    private DeployedFiles(FrozenDictionary<string, (long Size, long WriteTimeTicks)> files) => _files = files;

    /// <summary>The files, by path under the output folder with '/' separators.</summary>
    public IEnumerable<string> SitePaths => _files.Keys;

    /// <summary>How many files the folder holds.</summary>
    public int Count => _files.Count;

    /// <summary>Reads the folder; an absent folder holds nothing.</summary>
    public static DeployedFiles Scan(string output)
    {
        if (!Directory.Exists(output))
        {
            return new DeployedFiles(FrozenDictionary<string, (long, long)>.Empty);
        }

        var prefix = Path.TrimEndingDirectorySeparator(output).Length + 1;
        var files = new FileSystemEnumerable<(string SitePath, long Size, long Ticks)>(
            output,
            (ref FileSystemEntry entry) => (entry.ToFullPath()[prefix..].Replace(Path.DirectorySeparatorChar, '/'), entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        return new DeployedFiles(files.ToFrozenDictionary(f => f.SitePath, f => (f.Size, f.Ticks), StringComparer.Ordinal));
    }

    /// <summary>Whether the file is there with exactly the size and time the manifest recorded, so holds what was written.</summary>
    public bool Matches(string sitePath, OutputManifestEntry entry) =>
        _files.TryGetValue(sitePath, out var file) && file.Size == entry.Size && file.WriteTimeTicks == entry.WriteTimeTicks;

    /// <summary>Whether the folder holds exactly the manifest's files, each as it was written.</summary>
    public bool MatchesExactly(OutputManifest manifest) =>
        _files.Count == manifest.Entries.Count && manifest.Entries.All(e => Matches(e.Key, e.Value));
}
