namespace Gazette.FileSystem;

/// <summary>
/// A path with every symbolic link along it resolved, as the kernel would follow it, so that two names of one folder
/// compare equal. Parts that do not exist yet are kept as written.
/// </summary>
internal static class RealPath
{
    // The kernel gives up after 40 links (ELOOP); so does this.
    private const int MaxLinks = 40;

    /// <summary>Resolves <paramref name="path"/>; throws <see cref="IOException"/> on a link loop.</summary>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == "..")
            {
                current = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(current)) ?? root;
                continue;
            }

            var candidate = Path.Combine(current, part);
            var target = LinkTarget(candidate);
            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"{path}: too many levels of symbolic links (a link loop?)");
            }

            // A link's target replaces the link: an absolute one restarts from the root, a relative one from its folder.
            var resolved = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
            var targetRoot = Path.GetPathRoot(resolved) ?? root;
            foreach (var next in Parts(resolved[targetRoot.Length..]).Reverse())
            {
                pending.Push(next);
            }

            current = Path.IsPathRooted(target) ? targetRoot : current;
        }

        return current.Length > root.Length ? Path.TrimEndingDirectorySeparator(current) : root;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both resolved already).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var trimmedPath = Path.TrimEndingDirectorySeparator(path);
        var trimmedFolder = Path.TrimEndingDirectorySeparator(folder);
        if (string.Equals(trimmedPath, trimmedFolder, StringComparison.Ordinal))
        {
            return true;
        }

        var prefix = trimmedFolder.EndsWith(Path.DirectorySeparatorChar) ? trimmedFolder : trimmedFolder + Path.DirectorySeparatorChar;
        return trimmedPath.StartsWith(prefix, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Parts(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
