using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Gazette.Collections;

/// <summary>
/// Asks the processor to bring memory into its cache ahead of a read. The search index and the related-article index
/// look up hundreds of thousands of keys and lists spread over tables far larger than the caches, and on this kind of
/// machine each lookup waited on a trip to memory; a loop that knows what it reads a few steps ahead fetches it now, so
/// that the trips overlap. Where SSE is missing nothing is fetched, and the loops run as before.
/// </summary>
internal static class CacheLine
{
    /// <summary>Fetches the cache line that holds <paramref name="item"/>.</summary>
    /// <remarks>
    /// A prefetch never faults and changes nothing the program sees: if the collector moves an array between taking
    /// the address and the fetch, the fetch is wasted, not wrong. Arrays read this way are mostly pinned all the same
    /// (<see cref="PinnedArray"/>), so that the fetch is of use.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(ref readonly T item)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.AsRef(in item)));
        }
    }

    /// <summary>Fetches the cache line that holds the first of <paramref name="bytes"/>, when there are any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch(ReadOnlyMemory<byte> bytes)
    {
        if (!bytes.IsEmpty)
        {
            Prefetch(in bytes.Span[0]);
        }
    }
}
