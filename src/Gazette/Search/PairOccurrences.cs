using Gazette.Collections;

namespace Gazette.Search;

/// <summary>
/// The pairs of characters of a batch of texts that belong to one partition (<see cref="FieldPostings.PartitionOf"/>),
/// sorted by pair and, within a pair, in the order of the texts and places. The postings loop then asks the key table
/// once per pair a batch holds rather than once per character: in real text a batch's pairs are spread over hundreds of
/// thousands of keys, too many for the processor's caches, and each lookup was a trip to memory. The buffers are kept
/// from batch to batch.
/// </summary>
/// <remarks>
/// An occurrence is one 64-bit number: the pair in the high half, and in the low half which text of the batch (above
/// <see cref="PlaceBits"/>) and at which character (below). Twelve bytes an occurrence, as a record of three numbers,
/// were a third more for the sort to move.
/// </remarks>
internal sealed class PairOccurrences
{
    // A least-significant-digit radix sort in three passes over the 32 bits of a pair: 2,048 counts fit the first cache.
    private const int DigitBits = 11;

    private readonly int[] _counts = new int[1 << DigitBits];
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
    /// <paramref name="partition"/> of 2^<paramref name="partitionBits"/>, sorted; lent until the next call. The texts
    /// must be no more than <see cref="MostTexts"/>.
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
            if (_items.Length - count < text.Length)
            {
                PinnedArray.Resize(ref _items, Math.Max(_items.Length * 2, count + text.Length));
            }

            var where = (uint)document << PlaceBits;
            for (var i = 0; i + 1 < text.Length; i++)
            {
                var first = text[i];
                var second = text[i + 1];
                if (first != 0 && second != 0 && FieldPostings.PartitionOf(first, second, partitionBits) == partition)
                {
                    _items[count++] = ((ulong)(((uint)first << 16) | second) << 32) | where | (uint)i;
                }
            }
        }

        if (_spare.Length < count)
        {
            _spare = PinnedArray.Uninitialized<ulong>(_items.Length);
        }

        for (var shift = 32; shift < 64; shift += DigitBits)
        {
            SortByDigit(count, shift);
        }

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

    // One stable pass of the radix sort, from the items to the spare buffer, which then become the items; skipped when
    // every pair has the same digit there, as the top bits of Chinese text often do.
    private void SortByDigit(int count, int shift)
    {
        const ulong mask = (1u << DigitBits) - 1;
        var counts = _counts.AsSpan();
        counts.Clear();
        var items = _items.AsSpan(0, count);
        foreach (var item in items)
        {
            counts[(int)((item >> shift) & mask)]++;
        }

        if (count == 0 || counts[(int)((items[0] >> shift) & mask)] == count)
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
            sorted[counts[(int)((item >> shift) & mask)]++] = item;
        }

        (_items, _spare) = (_spare, _items);
    }
}
