using System.Runtime.InteropServices;

namespace Gazette.FileSystem;

/// <summary>
/// The file system calls .NET does not offer: a hard link, the exchange of two folders in one step, and a lock that
/// does not depend on .NET locking every file it opens. Each falls back to what every platform has when the call is
/// missing or the file system refuses it.
/// </summary>
internal static partial class NativeFileSystem
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>
    /// Makes <paramref name="link"/> a second name of <paramref name="existing"/>, so that an unchanged file keeps its
    /// inode and time in a new release; copies it where hard links are not possible.
    /// </summary>
    public static void LinkOrCopy(string existing, string link)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            if (Link(existing, link) == 0)
            {
                return;
            }
        }

        File.Copy(existing, link, overwrite: false);
        File.SetLastWriteTimeUtc(link, File.GetLastWriteTimeUtc(existing));
    }

    /// <summary>
    /// Swaps two folders atomically (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>): a reader sees one or the other,
    /// never neither. Returns false when the platform or file system cannot, so the caller falls back to two renames.
    /// </summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Takes the exclusive lock (Unix <c>flock</c>) on an open file without waiting; false when another open file holds
    /// it. The command turns off .NET's own lock on every file it opens (<c>System.IO.DisableFileLocking</c>: two
    /// system calls a file, of which a build opens tens of thousands), so the one file that must be locked is locked
    /// here. Where there is no <c>flock</c> (Windows), the file's <see cref="FileShare.None"/> already locks it: true.
    /// </summary>
    public static bool TryLockExclusive(Microsoft.Win32.SafeHandles.SafeFileHandle file)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return true;
        }

        // As .NET's own lock did, a file system that cannot lock (EOPNOTSUPP, ENOLCK) does not stop the build: only
        // another holder does.
        return Flock(file, LockExclusive | LockNonBlocking) == 0
            || Marshal.GetLastPInvokeError() != (OperatingSystem.IsMacOS() ? WouldBlockMacOS : WouldBlockLinux);
    }

    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int WouldBlockLinux = 11;
    private const int WouldBlockMacOS = 35;

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(Microsoft.Win32.SafeHandles.SafeFileHandle file, int operation);

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string link);

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
