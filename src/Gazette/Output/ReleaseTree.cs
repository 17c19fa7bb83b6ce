using System.Collections.Concurrent;
using Gazette.FileSystem;

namespace Gazette.Output;

/// <summary>
/// The folder a new release is made in, file by file as the build makes them: either a new empty one, or the release
/// before the deployed one (the spare), brought up to date. A file the spare already holds as the deployed file holds
/// it (same size and time: the same hard link, as a release that changed nothing in it left it) is kept; every other
/// file is replaced by a new link or new bytes, never written into, since the spare shares its files with the deployed
/// site. What the spare holds and the new release does not is removed once every file is in (<see cref="Prune"/>). So
/// a rebuild touches only what changed since the spare was live, rather than linking and later deleting every file.
/// Safe to use from several threads, one file at a time each.
/// </summary>
internal sealed class ReleaseTree
{
    private readonly string _root;

    // What the reused spare held; null for a new folder.
    private readonly DeployedFiles? _held;

    // The folders made (or found) so far, so that each is asked for once.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    private ReleaseTree(string root, DeployedFiles? held)
    {
        _root = root;
        _held = held;
    }

    /// <summary>
    /// Prepares <paramref name="root"/>: keeps what it holds when <paramref name="reuse"/>, else makes it empty.
    /// <paramref name="holds"/> is what the reused folder holds when the caller knows it (the writer of a folder no one
    /// else touches); it is read otherwise.
    /// </summary>
    public static ReleaseTree Start(string root, bool reuse, DeployedFiles? holds = null)
    {
        DeployedFiles? held = null;
        if (reuse)
        {
            held = holds ?? DeployedFiles.Scan(root);

            // A link (to a file or a folder) is removed itself, never followed; one the release keeps is made again.
            foreach (var link in held.Links)
            {
                File.Delete(Path.Join(root, link));
            }
        }
        else
        {
            ReleaseFolder.Delete(root);
        }

        Directory.CreateDirectory(root);
        return new ReleaseTree(root, held);
    }

    /// <summary>Makes the file at <paramref name="sitePath"/> a hard link to the deployed <paramref name="source"/>, unless it already is one.</summary>
    public void Link(string sitePath, string source, DeployedFiles deployed)
    {
        if (_held is not null && !_held.Links.Contains(sitePath) && deployed.TryGet(sitePath, out var size, out var ticks) && _held.Holds(sitePath, size, ticks))
        {
            return;
        }

        var target = Clear(sitePath);
        NativeFileSystem.LinkOrCopy(source, target);
    }

    /// <summary>Writes new bytes at <paramref name="sitePath"/>, as a new file; returns its modification time, UTC ticks, as the file system keeps it.</summary>
    public long Write(string sitePath, ReadOnlySpan<byte> content)
    {
        var target = Clear(sitePath);
        using var file = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(file, content, 0);
        return File.GetLastWriteTimeUtc(file).Ticks;
    }

    /// <summary>Makes <paramref name="sitePath"/> a symbolic link to <paramref name="linkTarget"/>, as a link in the deployed site is.</summary>
    public void CopyLink(string sitePath, string linkTarget)
    {
        var target = Clear(sitePath);
        File.CreateSymbolicLink(target, linkTarget);
    }

    /// <summary>
    /// Removes every file of the reused spare that the release does not keep (<paramref name="keep"/>: every file put
    /// in and every file carried over), and every folder the release does not need.
    /// </summary>
    public void Prune(IReadOnlySet<string> keep, IReadOnlySet<string> folders)
    {
        if (_held is null)
        {
            return;
        }

        foreach (var sitePath in _held.SitePaths)
        {
            // A file that gave way to a folder is gone already; File.Exists is false for a folder.
            var full = Path.Join(_root, sitePath);
            if (!keep.Contains(sitePath) && File.Exists(full))
            {
                File.Delete(full);
            }
        }

        var prefix = _root.Length + 1;
        var unneeded = Directory.EnumerateDirectories(_root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(folder => !folders.Contains(folder[prefix..].Replace(Path.DirectorySeparatorChar, '/')))
            .ToList();
        foreach (var folder in unneeded.OrderByDescending(d => d.Length).Where(Directory.Exists))
        {
            ReleaseFolder.Delete(folder);
        }
    }

    /// <summary>The full path of a site path in the release, its folder made and whatever stood there removed.</summary>
    private string Clear(string sitePath)
    {
        // Site paths were checked by the plan; paths found in a folder are as they are there.
        var target = Path.Join(_root, sitePath);
        var slash = sitePath.LastIndexOf('/');
        if (slash > 0)
        {
            MakeFolder(sitePath[..slash]);
        }

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

    private void MakeFolder(string folder)
    {
        if (_folders.ContainsKey(folder))
        {
            return;
        }

        // In a reused spare, a file may stand where the release needs a folder: it gives way.
        if (_held is not null)
        {
            for (var end = folder.Length; end > 0; end = folder.LastIndexOf('/', end - 1))
            {
                var full = Path.Join(_root, folder[..end]);
                if (_held.Contains(folder[..end]) && File.Exists(full))
                {
                    File.Delete(full);
                }
            }
        }

        Directory.CreateDirectory(Path.Join(_root, folder));
        _folders[folder] = true;
    }
}
