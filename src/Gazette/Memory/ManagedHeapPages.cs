using System.Globalization;
using System.Runtime.InteropServices;

namespace Gazette.Memory;

/// <summary>
/// Asks Linux to back the managed heap with transparent huge pages (2 MB instead of 4 KB) where the system leaves that
/// to each program, as Debian and most distributions do (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> is
/// <c>madvise</c>). A cold build touches its whole heap for the first time as it fills it: on 4 KB pages that was a
/// hundred thousand page faults for a 10,000-article site, 7% of its CPU on a virtual machine, and its search tables
/// are read at random, so each page also costs a TLB miss. The JVM's <c>-XX:+UseTransparentHugePages</c> and mimalloc
/// do the same. The runtime offers no way to ask, so the heap is found in <c>/proc/self/maps</c>.
/// </summary>
public static partial class ManagedHeapPages
{
    private const int HugePageAdvice = 14; // MADV_HUGEPAGE

    /// <summary>
    /// Marks the address range the collector reserved for the heap (all its generations, the pinned and the large object
    /// heaps) as wanting huge pages. True when the kernel took the advice; false elsewhere than on Linux, when the heap
    /// could not be found or the kernel has no transparent huge pages. Nothing else changes either way.
    /// </summary>
    public static bool AdviseHugePages()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return ReservationAround(File.ReadLines("/proc/self/maps"), AddressOfNewObject()) is { } heap
                && Advise((nint)heap.Start, (nuint)(heap.End - heap.Start), HugePageAdvice) == 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// The run of adjoining anonymous mappings (no file, no name) in <paramref name="maps"/> (lines of
    /// <c>/proc/PID/maps</c>) that holds <paramref name="address"/>: the collector reserves its heap as one anonymous
    /// mapping, which committing parts of it splits into neighbours with other permissions. Null when the address lies
    /// in no mapping or in one of a file.
    /// </summary>
    internal static (ulong Start, ulong End)? ReservationAround(IEnumerable<string> maps, ulong address)
    {
        (ulong Start, ulong End)? run = null;
        foreach (var line in maps)
        {
            var mapping = Anonymous(line);
            if (run is { } open && mapping is { } next && open.End == next.Start)
            {
                run = (open.Start, next.End);
                continue;
            }

            if (Holds(run, address))
            {
                return run;
            }

            run = mapping;
        }

        return Holds(run, address) ? run : null;
    }

    private static bool Holds((ulong Start, ulong End)? run, ulong address) => run is { } r && r.Start <= address && address < r.End;

    // "start-end perms offset device inode [path]": anonymous when the inode is 0 and no path or [name] follows.
    private static (ulong Start, ulong End)? Anonymous(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 || fields[4] != "0" || fields[0].Split('-') is not [var start, var end])
        {
            return null;
        }

        return ulong.TryParse(start, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var from)
            && ulong.TryParse(end, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var to) && from < to
            ? (from, to)
            : null;
    }

    // Where a fresh object lies, which is inside the reservation whatever the collector does with it later.
    private static unsafe ulong AddressOfNewObject()
    {
        var probe = new byte[64];
        fixed (byte* first = probe)
        {
            return (ulong)first;
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int Advise(nint address, nuint length, int advice);
}
