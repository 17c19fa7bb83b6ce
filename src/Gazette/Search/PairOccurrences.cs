namespace Gazette.Search;

/// <summary>
/// Sorts occurrences by pair, stably: within a pair they stay in the order given, which is the order of documents and
/// places. A bucket of occurrences (<see cref="OccurrenceBuckets"/>) is sorted at a time, small enough to stay in the
/// processor's caches; the buffers are kept from bucket to bucket.
/// </summary>
internal sealed class PairOccurrences
{
    // A least-significant-digit radix sort in three passes over the 32 bits of a pair: 2,048 counts fit the first cache.
    private const int DigitBits = 11;

    private readonly int[] _counts = new int[1 << DigitBits];
    private PairOccurrence[] _items = [];
    private PairOccurrence[] _spare = [];

    /// <summary>Room for <paramref name="count"/> occurrences, to fill before <see cref="Sorted"/>; lent until the next call.</summary>
    public Span<PairOccurrence> Room(int count)
    {
        if (_items.Length < count)
        {
            var size = Math.Max(count, _items.Length * 2);
            _items = GC.AllocateUninitializedArray<PairOccurrence>(size);
            _spare = GC.AllocateUninitializedArray<PairOccurrence>(size);
        }

        return _items.AsSpan(0, count);
    }

    /// <summary>The first <paramref name="count"/> occurrences put in <see cref="Room"/>, sorted; lent until the next call.</summary>
    public ReadOnlySpan<PairOccurrence> Sorted(int count)
    {
        for (var shift = 0; shift < 32; shift += DigitBits)
        {
            SortByDigit(count, shift);
        }

        return _items.AsSpan(0, count);
    }

    // One stable pass of the radix sort, from the items to the spare buffer, which then become the items; skipped when
    // every pair has the same digit there, as the top bits of Chinese text often do.
    private void SortByDigit(int count, int shift)
    {
        const uint mask = (1u << DigitBits) - 1;
        var counts = _counts.AsSpan();
        counts.Clear();
        var items = _items.AsSpan(0, count);
        foreach (var item in items)
        {
            counts[(int)((item.Pair >> shift) & mask)]++;
        }

        if (count == 0 || counts[(int)((items[0].Pair >> shift) & mask)] == count)
        {
            return;
        }

        var start = 0;
        for (var digit = 0; digit < counts.Length; digit++)
        {
            var n = counts[digit];
            counts[digit] = start;
            start += n;
        }

        var sorted = _spare.AsSpan(0, count);
        foreach (var item in items)
        {
            sorted[counts[(int)((item.Pair >> shift) & mask)]++] = item;
        }

        (_items, _spare) = (_spare, _items);
    }
}
