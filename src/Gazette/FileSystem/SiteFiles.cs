using System.IO.Enumeration;
using Gazette.Diagnostics;

namespace Gazette.FileSystem;

/// <summary>
/// Lists the files of one of a site's folders without ever leaving the site: a linked file is followed only when it
/// leads to a file inside the site's root; a linked folder, a link out of the root, a dangling link and a link loop are
/// errors naming the link, so that nothing from elsewhere on the machine can be read or published.
/// </summary>
internal static class SiteFiles
{
    /// <summary>A file found: its full path (the link's own, for a link), size and modification time (the target's).</summary>
    internal readonly record struct Found(string FullPath, long Size, long WriteTimeTicks);

    /// <summary>
    /// The files under <paramref name="folder"/> (all depths when <paramref name="recurse"/>) whose names match
    /// <paramref name="accept"/>; adds to <paramref name="errors"/> for every link it will not follow.
    /// </summary>
    public static List<Found> List(string folder, string root, bool recurse, Func<string, bool> accept, List<GazetteError> errors)
    {
        var found = new List<Found>();
        if (!Directory.Exists(folder))
        {
            return found;
        }

        var links = new List<string>();
        var entries = new FileSystemEnumerable<(string FullPath, bool Link, long Size, long Ticks)>(
            folder,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0, entry.Length, entry.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || (entry.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        var realRoot = RealPath.Resolve(root);
        foreach (var (fullPath, link, size, ticks) in entries)
        {
            if (!link)
            {
                if (accept(fullPath))
                {
                    found.Add(new Found(fullPath, size, ticks));
                }

                continue;
            }

            if (Follow(fullPath, realRoot, accept, errors, Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/')) is { } target)
            {
                found.Add(target);
            }
        }

        return found;
    }

    private static Found? Follow(string link, string realRoot, Func<string, bool> accept, List<GazetteError> errors, string shown)
    {
        string target;
        try
        {
            target = RealPath.Resolve(link);
        }
        catch (IOException)
        {
            errors.Add(new GazetteError(shown, null, "a symbolic link that leads round in a loop; remove it"));
            return null;
        }

        if (Directory.Exists(target))
        {
            errors.Add(new GazetteError(shown, null, $"a symbolic link to the folder {target}; Gazette does not follow linked folders: move or copy the folder here instead"));
            return null;
        }

        if (!accept(link))
        {
            return null;
        }

        if (!File.Exists(target))
        {
            errors.Add(new GazetteError(shown, null, $"a symbolic link to {target}, which does not exist; remove the link or restore its file"));
            return null;
        }

        if (!RealPath.IsSameOrInside(target, realRoot))
        {
            errors.Add(new GazetteError(shown, null, $"a symbolic link to {target}, outside the site's folder; Gazette does not follow links out of the site: copy the file here instead"));
            return null;
        }

        var info = new FileInfo(target);
        return new Found(link, info.Length, info.LastWriteTimeUtc.Ticks);
    }
}
