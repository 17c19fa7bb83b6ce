using System.Collections.Frozen;
using System.IO.Enumeration;

namespace Gazette.FileSystem;

/// <summary>
/// The size and modification time of every file in the output folder, read in one pass over the folder (which a
/// build starts at once, beside its other work) rather than one query per page when it is needed. Symbolic links are
/// listed as entries of their own and never followed, so a link in the output cannot lead the build elsewhere.
/// </summary>
internal sealed class DeployedFiles
{
    private readonly FrozenDictionary<string, (long Size, long WriteTimeTicks)> _files;

    private DeployedFiles(FrozenDictionary<string, (long Size, long WriteTimeTicks)> files, FrozenSet<string> links)
    {
        _files = files;
        Links = links;
    }

    /// <summary>The files, by path under the output folder with '/' separators.</summary>
    public IEnumerable<string> SitePaths => _files.Keys;

    /// <summary>The entries that are symbolic links (to files or folders), which Gazette never writes.</summary>
    public FrozenSet<string> Links { get; }

    /// <summary>How many files the folder holds.</summary>
    public int Count => _files.Count;

    /// <summary>Whether the folder holds the file.</summary>
    public bool Contains(string sitePath) => _files.ContainsKey(sitePath);

    /// <summary>
    /// What a folder holds as its only writer knows it without reading it: each file's size and modification time,
    /// and which of them are links.
    /// </summary>
    public static DeployedFiles Known(IEnumerable<KeyValuePair<string, (long Size, long WriteTimeTicks)>> files, IEnumerable<string> links) =>
        new(files.ToFrozenDictionary(StringComparer.Ordinal), links.ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Reads the folder; an absent folder holds nothing.</summary>
    public static DeployedFiles Scan(string output)
    {
        if (!Directory.Exists(output))
        {
            return new DeployedFiles(FrozenDictionary<string, (long, long)>.Empty, FrozenSet<string>.Empty);
        }

        var prefix = Path.TrimEndingDirectorySeparator(output).Length + 1;
        var files = new FileSystemEnumerable<(string SitePath, long Size, long Ticks, bool Link)>(
            output,
            (ref FileSystemEntry entry) => (
                entry.ToFullPath()[prefix..].Replace(Path.DirectorySeparatorChar, '/'),
                entry.Length,
                entry.LastWriteTimeUtc.UtcTicks,
                (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || (entry.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        }.ToList();
        return new DeployedFiles(
            files.ToFrozenDictionary(f => f.SitePath, f => (f.Size, f.Ticks), StringComparer.Ordinal),
            files.Where(f => f.Link).Select(f => f.SitePath).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>Whether the folder holds a file (not a link) at <paramref name="sitePath"/> with this size and modification time.</summary>
    public bool Holds(string sitePath, long size, long writeTimeTicks) =>
        !Links.Contains(sitePath) && _files.TryGetValue(sitePath, out var file) && file.Size == size && file.WriteTimeTicks == writeTimeTicks;

    /// <summary>The size and modification time of a file the folder holds.</summary>
    public bool TryGet(string sitePath, out long size, out long writeTimeTicks)
    {
        var found = _files.TryGetValue(sitePath, out var file);
        (size, writeTimeTicks) = file;
        return found;
    }

}
