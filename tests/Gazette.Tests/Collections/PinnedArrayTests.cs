using System.Runtime.InteropServices;
using Gazette.Collections;

namespace Gazette.Tests.Collections;

public sealed class PinnedArrayTests
{
    [Fact]
    public void A_pinned_array_stays_where_it_is_through_a_compacting_collection()
    {
        // Garbage allocated before it, which a compacting collection would slide it over were it on the ordinary heap.
        var garbage = new List<byte[]>();
        for (var i = 0; i < 1000; i++)
        {
            garbage.Add(new byte[1000]);
        }

        var array = PinnedArray.Cleared<long>(1000);
        var resized = PinnedArray.Cleared<long>(10);
        PinnedArray.Resize(ref resized, 1000);
        var before = (AddressOf(array), AddressOf(resized));
        garbage.Clear();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

        Assert.Equal(before, (AddressOf(array), AddressOf(resized)));
    }

    [Fact]
    public void Resizing_keeps_the_items_that_fit_and_clears_the_rest()
    {
        var array = PinnedArray.Uninitialized<int>(3);
        array[0] = 7;
        array[1] = 8;
        array[2] = 9;

        PinnedArray.Resize(ref array, 5);
        Assert.Equal([7, 8, 9, 0, 0], array);

        PinnedArray.Resize(ref array, 2);
        Assert.Equal([7, 8], array);
    }

    // The address of the first item, read without pinning the array, which would keep even an ordinary array in place.
    private static nint AddressOf(long[] array) => Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
}
