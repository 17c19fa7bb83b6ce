using Gazette.Collections;

namespace Gazette.Search;

/// <summary>
/// The pairs of characters of a batch of texts that belong to one partition (<see cref="FieldPostings.PartitionOf"/>),
/// sorted by pair and, within a pair, in the order of the texts and places. The postings loop then asks the key table
/// once per pair a batch holds rather than once per character: in real text a batch's pairs are spread over hundreds of
/// thousands of keys, too many for the processor's caches, and each lookup was a trip to memory. The buffers are kept
/// from batch to batch.
/// </summary>
internal sealed class PairOccurrences
{
    // A least-significant-digit radix sort in three passes over the 32 bits of a pair: 2,048 counts fit the first cache.
    private const int DigitBits = 11;

    private readonly int[] _counts = new int[1 << DigitBits];
    private PairOccurrence[] _items = PinnedArray.Uninitialized<PairOccurrence>(4096);
    private PairOccurrence[] _spare = PinnedArray.Uninitialized<PairOccurrence>(4096);

    /// <summary>
    /// The pairs of <paramref name="texts"/> (normalised for the index: no pair holds a 0) in
    /// <paramref name="partition"/> of 2^<paramref name="partitionBits"/>, sorted; lent until the next call.
    /// </summary>
    public ReadOnlySpan<PairOccurrence> Sorted(IReadOnlyList<ReadOnlyMemory<char>> texts, int partition, int partitionBits)
    {
        var count = 0;
        for (var document = 0; document < texts.Count; document++)
        {
            var text = texts[document].Span;
            if (_items.Length - count < text.Length)
            {
                PinnedArray.Resize(ref _items, Math.Max(_items.Length * 2, count + text.Length));
            }

            for (var i = 0; i + 1 < text.Length; i++)
            {
                var first = text[i];
                var second = text[i + 1];
                if (first != 0 && second != 0 && FieldPostings.PartitionOf(first, second, partitionBits) == partition)
                {
                    _items[count++] = new PairOccurrence(((uint)first << 16) | second, document, i);
                }
            }
        }

        if (_spare.Length < count)
        {
            _spare = PinnedArray.Uninitialized<PairOccurrence>(_items.Length);
        }

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
