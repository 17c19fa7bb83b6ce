using System.Globalization;
using Gazette.Diagnostics;

namespace Gazette.FileSystem;

/// <summary>
/// One build or import per site at a time. The lock is an exclusive lock on <c>.gazette/build.lock</c>, which the
/// operating system releases when the process ends however it ends, so a killed build never leaves the site locked.
/// A second build does not wait: it stops at once and names the process that holds the lock. The lock is taken with
/// <c>flock</c> itself (<see cref="NativeFileSystem.TryLockExclusive"/>), as the command does not have .NET lock the
/// files it opens.
/// </summary>
public sealed class SiteLock : IDisposable
{
    private readonly FileStream _lock;

    private SiteLock(FileStream held) => _lock = held;

    /// <summary>The lock file's name in the folder.</summary>
    public const string LockFileName = "build.lock";

    /// <summary>The name of the file beside it that says which process holds it.</summary>
    public const string PidFileName = "build.pid";

    /// <summary>
    /// Takes the lock in <paramref name="folder"/> (the site's <c>.gazette/</c>); throws <see cref="GazetteException"/>
    /// when another process holds it.
    /// </summary>
    public static SiteLock Acquire(string folder) => TryAcquire(folder, out var holder) ?? throw new GazetteException(new GazetteError(
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), LockFileName),
        null,
        $"another build of this site (pid {holder}) is running; wait for it to finish, or stop it, then build again"));

    /// <summary>
    /// Takes the lock in <paramref name="folder"/>, or returns null with the process that holds it in
    /// <paramref name="holder"/> (<c>unknown</c> when it cannot be told), for a caller that waits its turn.
    /// </summary>
    public static SiteLock? TryAcquire(string folder, out string holder)
    {
        Directory.CreateDirectory(folder);
        var lockPath = Path.Combine(folder, LockFileName);
        var pidPath = Path.Combine(folder, PidFileName);
        FileStream? held = null;
        try
        {
            held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            // Where FileShare.None locks (Windows, or .NET's own lock when it is on), a held lock refuses the open.
        }

        if (held is null || !NativeFileSystem.TryLockExclusive(held.SafeFileHandle))
        {
            held?.Dispose();
            holder = File.Exists(pidPath) ? File.ReadAllText(pidPath).Trim() : "unknown";
            return null;
        }

        holder = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(pidPath, holder);
        return new SiteLock(held);
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _lock.Dispose();
}
