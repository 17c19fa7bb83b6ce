using Gazette.FileSystem;

namespace Gazette.Output;

/// <summary>
/// The folder a new release is made in: either a new empty one, or the release before the deployed one (the spare),
/// brought up to date. A file the spare already holds as the deployed file holds it (same size and time: the same
/// hard link, as a release that changed nothing in it left it) is kept; every other file is replaced by a new link or
/// new bytes, never written into, since the spare shares its files with the deployed site. So a rebuild touches only
/// what changed since the spare was live, rather than linking and later deleting every file of the site.
/// </summary>
internal sealed class ReleaseTree
{
    private readonly string _root;

    // What the reused spare held; null for a new folder, which holds nothing but the folders the release needs.
    private readonly DeployedFiles? _held;

    private ReleaseTree(string root, DeployedFiles? held)
    {
        _root = root;
        _held = held;
    }

    /// <summary>
    /// Prepares <paramref name="root"/>: keeps of what it holds (when <paramref name="reuse"/>) only the files in
    /// <paramref name="keep"/>, and makes every folder the release needs. <paramref name="holds"/> is what the
    /// reused folder holds when the caller knows it (the writer of a folder no one else touches); it is read otherwise.
    /// </summary>
    public static ReleaseTree Start(string root, bool reuse, IReadOnlySet<string> keep, IReadOnlySet<string> folders, DeployedFiles? holds = null)
    {
        DeployedFiles? held = null;
        var existing = new HashSet<string>(StringComparer.Ordinal);
        if (reuse)
        {
            held = holds ?? DeployedFiles.Scan(root);
            RemoveAllBut(root, held, keep);
            existing = RemoveFoldersBut(root, folders);
        }
        else
        {
            ReleaseFolder.Delete(root);
        }

        Directory.CreateDirectory(root);
        foreach (var folder in folders.Where(f => !existing.Contains(f)))
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
        }

        return new ReleaseTree(root, held);
    }

    /// <summary>Makes the file at <paramref name="sitePath"/> a hard link to the deployed <paramref name="source"/>, unless it already is one.</summary>
    public void Link(string sitePath, string source, DeployedFiles deployed)
    {
        if (_held is not null && deployed.TryGet(sitePath, out var size, out var ticks) && _held.Holds(sitePath, size, ticks))
        {
            return;
        }

        var target = Clear(sitePath);
        NativeFileSystem.LinkOrCopy(source, target);
    }

    /// <summary>Writes new bytes at <paramref name="sitePath"/>, as a new file.</summary>
    public void Write(string sitePath, byte[] content)
    {
        var target = Clear(sitePath);
        using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        file.Write(content);
    }

    /// <summary>Makes <paramref name="sitePath"/> a symbolic link to <paramref name="linkTarget"/>, as a link in the deployed site is.</summary>
    public void CopyLink(string sitePath, string linkTarget)
    {
        var target = Clear(sitePath);
        File.CreateSymbolicLink(target, linkTarget);
    }

    /// <summary>The full path of a site path in the release, with whatever stood there removed.</summary>
    private string Clear(string sitePath)
    {
        // Site paths were checked by the plan; paths found in a folder are as they are there.
        var target = Path.Join(_root, sitePath);
        if (_held is null)
        {
            return target;
        }

        if (_held.Contains(sitePath))
        {
            File.Delete(target);
        }
        else if (Directory.Exists(target))
        {
            ReleaseFolder.Delete(target);
        }

        return target;
    }

    /// <summary>
    /// Removes every folder (empty by now, or holding only empty folders) that the release does not need; returns the
    /// needed ones that are there already.
    /// </summary>
    private static HashSet<string> RemoveFoldersBut(string root, IReadOnlySet<string> folders)
    {
        var prefix = root.Length + 1;
        var existing = new HashSet<string>(StringComparer.Ordinal);
        var unneeded = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            var sitePath = folder[prefix..].Replace(Path.DirectorySeparatorChar, '/');
            if (folders.Contains(sitePath))
            {
                existing.Add(sitePath);
            }
            else
            {
                unneeded.Add(folder);
            }
        }

        foreach (var folder in unneeded.OrderByDescending(d => d.Length).Where(Directory.Exists))
        {
            ReleaseFolder.Delete(folder);
        }

        return existing;
    }

    /// <summary>Removes every file the folder holds that is not in <paramref name="keep"/>, and the folders that leaves empty.</summary>
    private static void RemoveAllBut(string root, DeployedFiles held, IReadOnlySet<string> keep)
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sitePath in held.SitePaths)
        {
            if (keep.Contains(sitePath) && !held.Links.Contains(sitePath))
            {
                continue;
            }

            // A link (to a file or a folder) is removed itself, never followed; a kept one is made again.
            var full = Path.Join(root, sitePath);
            File.Delete(full);
            emptied.Add(Path.GetDirectoryName(full)!);
        }

        // Only a folder that lost a file can have become empty; its parents may follow it.
        foreach (var start in emptied.OrderByDescending(d => d.Length))
        {
            for (var folder = start; folder.Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
            {
                Directory.Delete(folder);
            }
        }
    }
}
