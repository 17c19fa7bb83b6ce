using Gazette.Collections;

namespace Gazette.Search;

/// <summary>
/// The pairs of characters of a batch of texts that belong to one partition (<see cref="FieldPostings.PartitionOf"/>),
/// sorted by a hash of the pair (<see cref="SortKey"/>) and, within a pair, in the order of the texts and places. The
/// postings loop then asks the key table about once per pair a batch holds rather than once per character: in real text
/// a batch's pairs are spread over hundreds of thousands of keys, too many for the processor's caches, and each lookup
/// was a trip to memory. The buffers are kept from batch to batch.
/// </summary>
/// <remarks>
/// An occurrence is one 64-bit number: the pair in the high half, and in the low half which text of the batch (above
/// <see cref="PlaceBits"/>) and at which character (below). Twelve bytes an occurrence, as a record of three numbers,
/// were a third more for the sort to move.
/// </remarks>
internal sealed class PairOccurrences
{
    // A least-significant-digit radix sort in two passes (SortKey): 2,048 counts a digit fit the first cache.
    private const int DigitBits = 11;

    private readonly int[] _counts = new int[2 << DigitBits];
    private ulong[] _items = PinnedArray.Uninitialized<ulong>(4096);
    private ulong[] _spare = PinnedArray.Uninitialized<ulong>(4096);

    /// <summary>How many low bits of an occurrence give its place in its text, in the last batch sorted.</summary>
    public int PlaceBits { get; private set; }

    /// <summary>How many of <paramref name="texts"/> one batch can hold: all, unless some are millions of characters long.</summary>
    public static int MostTexts(IReadOnlyList<ReadOnlyMemory<char>> texts) => TextsFor(PlaceBitsFor(texts));

    /// <summary>The pair of an occurrence.</summary>
    public static uint Pair(ulong occurrence) => (uint)(occurrence >> 32);

    /// <summary>An occurrence of the last batch sorted, read: its pair, which text of the batch, and where in it.</summary>
    public PairOccurrence Read(ulong occurrence) =>
        new(Pair(occurrence), (int)((uint)occurrence >> PlaceBits), (int)((uint)occurrence & ((1u << PlaceBits) - 1)));

    /// <summary>
    /// The pairs of <paramref name="texts"/> (normalised for the index: no pair holds a 0) in
    /// <paramref name="partition"/> of 2^<paramref name="partitionBits"/>, sorted by <see cref="SortKey"/> and then in
    /// the order of the texts and places; lent until the next call. The texts must be no more than
    /// <see cref="MostTexts"/>.
    /// </summary>
    public ReadOnlySpan<ulong> Sorted(IReadOnlyList<ReadOnlyMemory<char>> texts, int partition, int partitionBits)
    {
        PlaceBits = PlaceBitsFor(texts);
        if (texts.Count > TextsFor(PlaceBits))
        {
            throw new ArgumentException($"a batch of texts this long holds at most {TextsFor(PlaceBits)}", nameof(texts));
        }

        var count = 0;
        for (var document = 0; document < texts.Count; document++)
        {
            var text = texts[document].Span;

            // One slot to spare: every pair is stored, and kept only by moving past it.
            if (_items.Length - count < text.Length + 1)
            {
                PinnedArray.Resize(ref _items, Math.Max(_items.Length * 2, count + text.Length + 1));
            }

            var items = _items;
            var where = (uint)document << PlaceBits;
            var pair = text.Length > 0 ? (uint)text[0] : 0;
            for (var i = 0; i + 1 < text.Length; i++)
            {
                // Without a branch: whether a pair is kept is a coin toss the processor cannot predict. Every pair is
                // stored, and kept by moving past it when the sign bits say its partition is this one (the difference
                // is 0) and neither character is 0: ANDed, a negative number, shifted to -1. Written with conditions,
                // the loop took twice the time.
                pair = (pair << 16) | text[i + 1];
                items[count] = ((ulong)pair << 32) | where | (uint)i;
                var otherPartition = FieldPostings.PartitionOfPair(pair, partitionBits) ^ partition;
                count -= ((otherPartition - 1) & ~((int)(pair & 0xFFFF) - 1) & ~((int)(pair >> 16) - 1)) >> 31;
            }
        }

        if (_spare.Length < count)
        {
            _spare = PinnedArray.Uninitialized<ulong>(_items.Length);
        }

        Sort(count, partitionBits);
        return _items.AsSpan(0, count);
    }

    // What is left of an occurrence's low half, beside the place bits, to number the texts.
    private static int TextsFor(int placeBits) => (int)Math.Min(int.MaxValue, 1L << (32 - placeBits));

    // Bits enough for a place in the longest text (at least one, so that a text's number never shifts by 32).
    private static int PlaceBitsFor(IReadOnlyList<ReadOnlyMemory<char>> texts)
    {
        var longest = 1;
        for (var i = 0; i < texts.Count; i++)
        {
            longest = Math.Max(longest, texts[i].Length);
        }

        return 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)longest);
    }

    // The two stable passes of the radix sort, each from the items to the spare buffer, which then become the items.
    // Both digits' counts are taken in one read of the items; a pass is skipped when every item has the same digit.
    private void Sort(int count, int partitionBits)
    {
        const int mask = (1 << DigitBits) - 1;
        var all = _counts.AsSpan();
        all.Clear();
        foreach (var item in _items.AsSpan(0, count))
        {
            var key = SortKey(item, partitionBits);
            all[key & mask]++;
            all[(1 << DigitBits) + (key >> DigitBits)]++;
        }

        for (var d = 0; d < 2; d++)
        {
            var shift = d * DigitBits;
            var counts = all.Slice(d << DigitBits, 1 << DigitBits);
            var items = _items.AsSpan(0, count);
            if (count == 0 || counts[(SortKey(items[0], partitionBits) >> shift) & mask] == count)
            {
                continue;
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
                sorted[counts[(SortKey(item, partitionBits) >> shift) & mask]++] = item;
            }

            (_items, _spare) = (_spare, _items);
        }
    }

    /// <summary>
    /// What an occurrence is sorted by: the 2 * <see cref="DigitBits"/> bits of its pair's shard hash just below the
    /// partition's bits (<see cref="FieldPostings.PartitionOf"/>), which are the same for every pair of the partition.
    /// </summary>
    /// <remarks>
    /// The hash numbers pairs one to one (its multiplier is odd), so two pairs share this key only where they share
    /// those bits, a few in a hundred of a batch's pairs; their occurrences then come interleaved, each pair's still in
    /// order, and the postings loop looks such a pair up once per run rather than once. Sorting the pairs themselves
    /// took a third pass over the items.
    /// </remarks>
    public static int SortKey(ulong occurrence, int partitionBits) =>
        (int)(((Pair(occurrence) * GramKey.HashMultiplier) << partitionBits) >> (32 - (2 * DigitBits)));
}
