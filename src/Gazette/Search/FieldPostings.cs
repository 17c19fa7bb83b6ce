namespace Gazette.Search;

/// <summary>
/// The postings of one field (titles or bodies) in one partition of the keys, gathered document by document in
/// increasing order. Every pair of characters without a separator gets a place list, from which its document list is
/// read; with <c>singles</c>, every character a document list too. A pair belongs to the partition its two characters
/// pick (<see cref="PartitionOf"/>), so partitions can be filled in parallel from the same text.
/// </summary>
/// <remarks>
/// <para>
/// Occurrences are only noted as they come (<see cref="OccurrenceBuckets"/>), and the lists are written when they are
/// taken, a bucket at a time: the bucket sorted by pair (<see cref="PairOccurrences"/>), each key's list is written in
/// one go from its run. Real text spreads its pairs over hundreds of thousands of keys, too many for the processor's
/// caches: a table of keys asked at every pair and a list per key grown as the text came cost a trip to memory for each,
/// and were two thirds of the index's time.
/// </para>
/// <para>
/// Only pairs are keys, never runs of three or four: in real text most runs of four characters occur once in the
/// whole archive, and a key each made an index several times the size of the text (a corpus of 10,000 articles with a
/// natural vocabulary: 645 MB of index, 18 GB of memory and two minutes to build it), where the pairs of a language
/// number in the hundreds of thousands however large the archive grows.
/// </para>
/// </remarks>
internal sealed class FieldPostings(bool singles, int partition, int partitions)
{
    private OccurrenceBuckets _occurrences = new();
    private DocumentStarts _starts = new();

    /// <summary>The partition, among <paramref name="partitions"/>, of the key of these two characters (the second 0 for one).</summary>
    /// <remarks>
    /// The hash is scaled to the partitions by a multiplication rather than taken modulo their number, which spares the
    /// loop a division at every character in every partition.
    /// </remarks>
    public static int PartitionOf(char first, char second, int partitions) =>
        (int)(((ulong)((((uint)first << 16) | second) * 0x9E3779B1u) * (uint)partitions) >> 32);

    /// <summary>
    /// Adds the texts of documents <paramref name="first"/>, <paramref name="first"/> + 1 …, normalised for the index
    /// (<see cref="SearchText.NormaliseForIndex"/>), after every document added before.
    /// </summary>
    /// <remarks>Compiled optimised at once: it is entered once per batch, and would otherwise run unoptimised for a while.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(int first, IReadOnlyList<ReadOnlyMemory<char>> texts)
    {
        var occurrences = _occurrences;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i].Span;
            if (text.IsEmpty)
            {
                continue;
            }

            var start = _starts.Add(first + i, text.Length);
            for (var place = 0; place < text.Length; place++)
            {
                var character = text[place];
                if (character == 0)
                {
                    continue;
                }

                // A single character is the pair of it and 0, which no pair of the text is.
                if (singles && PartitionOf(character, '\0', partitions) == partition)
                {
                    occurrences.Add((uint)character << 16, start + (uint)place, kept: true);
                }

                var second = place + 1 < text.Length ? text[place + 1] : '\0';
                occurrences.Add(((uint)character << 16) | second, start + (uint)place, (second != 0) & (PartitionOf(character, second, partitions) == partition));
            }
        }
    }

    /// <summary>
    /// Every key with its document list and, for a pair, its place list, for an index of
    /// <paramref name="total"/> documents. The postings are handed over: nothing is kept here.
    /// </summary>
    public List<(ulong Key, PostingBytes Documents, PostingBytes Places)> Take(int total)
    {
        var taken = new List<(ulong, PostingBytes, PostingBytes)>();
        var sorter = new PairOccurrences();
        var writer = new PostingWriter(_starts, total);
        for (var bucket = 0; bucket < OccurrenceBuckets.Count; bucket++)
        {
            var count = _occurrences.CountOf(bucket);
            _occurrences.MoveTo(bucket, sorter.Room(count));
            var sorted = sorter.Sorted(count);
            for (var at = 0; at < sorted.Length;)
            {
                var end = at + 1;
                while (end < sorted.Length && sorted[end].Pair == sorted[at].Pair)
                {
                    end++;
                }

                taken.Add(writer.Write(sorted[at..end]));
                at = end;
            }
        }

        _occurrences = new OccurrenceBuckets();
        _starts = new DocumentStarts();
        return taken;
    }
}
