using System.Globalization;
using System.Runtime.InteropServices;
using Gazette.Memory;

namespace Gazette.Tests.Memory;

public sealed class ManagedHeapPagesTests
{
    private static readonly string[] Maps =
    [
        "55d0c0000000-55d0c0021000 r--p 00000000 fd:01 1835123                    /usr/share/dotnet/dotnet",
        "55d0c0021000-55d0c0400000 rw-p 00000000 00:00 0                          [heap]",
        "7f0000000000-7f0000400000 rw-p 00000000 00:00 0 ",
        "7f0000400000-7f0010000000 ---p 00000000 00:00 0 ",
        "7f0010000000-7f0010800000 rw-p 00000000 00:00 0 ",
        "7f0010800000-7f0c00000000 ---p 00000000 00:00 0 ",
        "7f0c00001000-7f0c00002000 rw-p 00000000 00:00 0 ",
        "7f0c00002000-7f0c00003000 r--p 00000000 fd:01 1836000                    /usr/lib/x86_64-linux-gnu/libc.so.6",
        "7f0c00003000-7f0c00004000 rw-p 00000000 00:00 0 ",
    ];

    [Theory]
    [InlineData("7f0000000000")]
    [InlineData("7f0010123456")]
    [InlineData("7f0bffffffff")]
    public void The_heap_is_the_whole_run_of_adjoining_anonymous_mappings_around_an_object(string address)
    {
        Assert.Equal((0x7f0000000000UL, 0x7f0c00000000UL), ManagedHeapPages.ReservationAround(Maps, Hex(address)));
    }

    [Fact]
    public void An_anonymous_mapping_after_a_gap_is_a_run_of_its_own()
    {
        Assert.Equal((0x7f0c00001000UL, 0x7f0c00002000UL), ManagedHeapPages.ReservationAround(Maps, 0x7f0c00001800));
        Assert.Equal((0x7f0c00003000UL, 0x7f0c00004000UL), ManagedHeapPages.ReservationAround(Maps, 0x7f0c00003000));
    }

    [Theory]
    [InlineData("55d0c0000100")] // a file's mapping
    [InlineData("55d0c0100000")] // malloc's [heap], named
    [InlineData("7f0c00000800")] // in no mapping
    [InlineData("7f0c00002800")] // libc
    [InlineData("7fffffff0000")] // past every mapping
    public void An_address_outside_an_anonymous_mapping_has_no_heap(string address)
    {
        Assert.Null(ManagedHeapPages.ReservationAround(Maps, Hex(address)));
    }

    [Fact]
    public void Lines_that_are_not_mappings_are_passed_over()
    {
        Assert.Equal((0x1000UL, 0x3000UL), ManagedHeapPages.ReservationAround(["", "garbage", "1000-2000 rw-p 00000000 00:00 0", "2000-3000 ---p 00000000 00:00 0", "zz-3000 rw-p 0 00:00 0"], 0x2800));
    }

    [Fact]
    public void On_linux_the_mapping_of_a_new_object_is_marked_for_huge_pages()
    {
        Assert.True(OperatingSystem.IsLinux(), "the build machine runs Linux; this checks the advice reaches its kernel");
        Assert.True(ManagedHeapPages.AdviseHugePages(), "madvise(MADV_HUGEPAGE) was refused: the kernel has no transparent huge pages");

        var probe = GC.AllocateArray<byte>(64, pinned: true);
        var address = (ulong)Marshal.UnsafeAddrOfPinnedArrayElement(probe, 0);

        Assert.Contains("hg", VmFlagsOfMappingHolding(address));
    }

    // /proc/self/smaps gives each mapping's flags ("VmFlags: rd wr mr mw me ac sd hg" …) after its header line.
    private static string[] VmFlagsOfMappingHolding(ulong address)
    {
        var holds = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (line.Split(' ')[0].Split('-') is [var start, var end]
                && ulong.TryParse(start, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var from)
                && ulong.TryParse(end, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var to))
            {
                holds = from <= address && address < to;
            }
            else if (holds && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line["VmFlags:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        throw new InvalidOperationException($"no mapping in /proc/self/smaps holds {address:x}");
    }

    private static ulong Hex(string digits) => ulong.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
