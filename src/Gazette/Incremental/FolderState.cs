using System.Collections.Immutable;
using System.IO.Enumeration;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Gazette.Incremental;

/// <summary>
/// A folder tree as it stands: each file of one kind with its size and time, each folder with its time, and one
/// digest of them all. It costs one directory read per folder and one stat per entry, with no file opened, so a run
/// can tell "nothing here changed" cheaply: writing a file moves its time, and adding, removing or renaming an entry
/// (a symbolic link included) moves its folder's. Symbolic links are not followed or listed, since a link's target
/// can change with no time here moving: a caller that relies on the digest checks that its own listing, links
/// followed, found the same files.
/// </summary>
internal sealed class FolderState
{
    private FolderState(ImmutableArray<Entry> files, ImmutableArray<Entry> folders)
    {
        Files = files;
        Folders = folders;
        var hash = new XxHash3();
        foreach (var entry in folders.Concat(files))
        {
            hash.Append(MemoryMarshal.AsBytes(entry.Path.AsSpan()));
            Span<long> numbers = [-1, entry.Size, entry.WriteTimeTicks];
            hash.Append(MemoryMarshal.AsBytes(numbers));
        }

        Digest = hash.GetCurrentHashAsUInt64();
    }

    /// <summary>One file or folder: its path relative to the tree's folder ('/'-separated; the folder itself is empty).</summary>
    /// <param name="Path">The relative path.</param>
    /// <param name="Size">The length in bytes (0 for a folder).</param>
    /// <param name="WriteTimeTicks">The last modification time (UTC ticks).</param>
    internal readonly record struct Entry(string Path, long Size, long WriteTimeTicks);

    /// <summary>The files, by relative path (ordinal).</summary>
    public ImmutableArray<Entry> Files { get; }

    /// <summary>The folders, the tree's own first, by relative path (ordinal); none when the folder does not exist.</summary>
    public ImmutableArray<Entry> Folders { get; }

    /// <summary>One number for all of it: equal digests mean the same entries with the same sizes and times.</summary>
    public ulong Digest { get; }

    /// <summary>
    /// Reads the tree under <paramref name="folder"/>: the files whose names end with <paramref name="extension"/>
    /// and every folder, symbolic links left out; null when an entry could not be looked at (one removed while being
    /// read, a folder that may not be read), which a caller treats as "changed".
    /// </summary>
    public static FolderState? Read(string folder, string extension, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return new FolderState([], []);
        }

        try
        {
            return ReadExisting(folder, extension, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static FolderState ReadExisting(string folder, string extension, CancellationToken cancellationToken)
    {
        // Sequential, and without touching Attributes (on Unix a second system call per entry): the entry's kind comes
        // from the directory listing and its size and time from the one stat. Measured in a fresh process at 10,000
        // seeds, this costs half of what a listing with attributes does, and less than names plus stats on two cores.
        var files = ImmutableArray.CreateBuilder<Entry>();
        var folders = ImmutableArray.CreateBuilder<Entry>();
        folders.Add(new Entry(string.Empty, 0, Directory.GetLastWriteTimeUtc(folder).Ticks));
        var found = new FileSystemEnumerable<(string Path, bool IsFolder, long Size, long Ticks)>(
            folder,
            (ref FileSystemEntry entry) => (Relative(folder, entry.ToFullPath()), entry.IsDirectory, entry.IsDirectory ? 0 : entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory || entry.FileName.EndsWith(extension, StringComparison.Ordinal),
        };
        foreach (var (path, isFolder, size, ticks) in found)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (isFolder ? folders : files).Add(new Entry(path, size, ticks));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        folders.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new FolderState(files.ToImmutable(), folders.ToImmutable());
    }

    /// <summary>Whether every time in the tree was old enough at <paramref name="seenAtTicks"/> to be trusted.</summary>
    public bool TrustedAt(long seenAtTicks) =>
        Files.Concat(Folders).All(e => e.WriteTimeTicks < seenAtTicks - RememberedFile.RacyTicks);

    private static string Relative(string folder, string fullPath) =>
        fullPath[(folder.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/');
}
