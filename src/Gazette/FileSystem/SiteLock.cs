using System.Globalization;
using Gazette.Diagnostics;

namespace Gazette.FileSystem;

/// <summary>
/// One build or import per site at a time. The lock is an exclusive lock on <c>.gazette/build.lock</c>, which the
/// operating system releases when the process ends however it ends, so a killed build never leaves the site locked.
/// A second build does not wait: it stops at once and names the process that holds the lock.
/// </summary>
public sealed class SiteLock : IDisposable
{
    private readonly FileStream _lock;

    private SiteLock(FileStream held) => _lock = held;

    /// <summary>Takes the lock of the site at <paramref name="root"/>; throws <see cref="GazetteException"/> when another process holds it.</summary>
    public static SiteLock Acquire(string root)
    {
        var folder = Path.Combine(root, ".gazette");
        Directory.CreateDirectory(folder);
        var lockPath = Path.Combine(folder, "build.lock");
        var pidPath = Path.Combine(folder, "build.pid");
        FileStream held;
        try
        {
            held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            var holder = File.Exists(pidPath) ? File.ReadAllText(pidPath).Trim() : "unknown";
            throw new GazetteException(new GazetteError(
                Path.Combine(".gazette", "build.lock"),
                null,
                $"another build of this site (pid {holder}) is running; wait for it to finish, or stop it, then build again"));
        }

        File.WriteAllText(pidPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return new SiteLock(held);
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _lock.Dispose();
}
