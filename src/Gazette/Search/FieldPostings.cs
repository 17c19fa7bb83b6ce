using Gazette.Collections;

namespace Gazette.Search;

/// <summary>
/// The postings of one field (titles or bodies) in one partition of the keys, gathered document by document in
/// increasing order. Every pair of characters without a separator gets a place list, from which its document list is
/// read when the index is written; with <c>singles</c>, every character a document list too. A pair belongs to the
/// partition its two characters pick (<see cref="PartitionOf"/>), so partitions can be filled in parallel from the
/// same text. A batch's pairs are sorted first (<see cref="PairOccurrences"/>), so that the table is asked once per
/// pair of the batch and each key's list is appended to in one go.
/// </summary>
/// <remarks>
/// Only pairs are keys, never runs of three or four: in real text most runs of four characters occur once in the
/// whole archive, and a key each made an index several times the size of the text (a corpus of 10,000 articles with a
/// natural vocabulary: 645 MB of index, 18 GB of memory and two minutes to build it), where the pairs of a language
/// number in the hundreds of thousands however large the archive grows.
/// </remarks>
internal sealed class FieldPostings(bool singles, int partition, int partitions)
{
    private GramTable _table = new();
    private PairOccurrences _occurrences = new();
    private readonly PostingArena _arena = new();
    private Entry[] _entries = PinnedArray.Cleared<Entry>(1024);

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
    /// <remarks>Compiled optimised at once: it is the build's hottest loop, entered once per batch, and would otherwise run unoptimised for a while.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(int first, IReadOnlyList<ReadOnlyMemory<char>> texts)
    {
        if (singles)
        {
            for (var document = 0; document < texts.Count; document++)
            {
                foreach (var character in texts[document].Span)
                {
                    if (character != 0 && PartitionOf(character, '\0', partitions) == partition)
                    {
                        MarkDocument(Number((ulong)character << 48), first + document);
                    }
                }
            }
        }

        var occurrences = _occurrences.Sorted(texts, partition, partitions);
        for (var at = 0; at < occurrences.Length;)
        {
            var pair = occurrences[at].Pair;
            var number = Number((ulong)pair << 32);
            ref var entry = ref _entries[number];
            do
            {
                var (_, inBatch, place) = occurrences[at];
                var document = first + inBatch;
                if (entry.LastDocument == document)
                {
                    // The commonest case: another place in the same document. The place before it is not the
                    // document's last, so it is written with the bit that says so.
                    Write(ref entry, (entry.PendingPlace << 1) | 1);
                    entry.PendingPlace = (uint)(place - entry.LastPlace);
                    entry.LastPlace = place;
                }
                else
                {
                    StartPlaces(ref entry, document, place);
                }
            }
            while (++at < occurrences.Length && occurrences[at].Pair == pair);
        }
    }

    /// <summary>
    /// Every key with its document list and, for a pair, its place list, for an index of
    /// <paramref name="total"/> documents. The postings are handed over: nothing is kept here.
    /// </summary>
    public List<(ulong Key, PostingBytes Documents, PostingBytes Places)> Take(int total)
    {
        var taken = new List<(ulong, PostingBytes, PostingBytes)>(_table.Count);
        // In the order the keys were first met, which is about the order their lists were laid out in the arena: taken
        // in the table's order, every key was a trip to memory.
        for (var number = 0; number < _table.Count; number++)
        {
            var key = _table.KeyOf(number);
            ref var entry = ref _entries[number];
            if (GramKey.Length(key) == GramKey.MaxLength)
            {
                Write(ref entry, entry.PendingPlace << 1);
                var places = new PostingBytes(entry.Documents, false, ListOf(entry));
                taken.Add((key, DocumentsOf(places, total), places));
            }
            else
            {
                taken.Add((key, PostingBytes.FromGaps(entry.Documents, ListOf(entry), total), default));
            }
        }

        // The table and the sort's buffers too (tens of megabytes for real text), while the shards are encoded.
        _entries = [];
        _table = new GramTable();
        _occurrences = new PairOccurrences();
        return taken;
    }

    // The document list of a place list: most keys of real text are in a document or two, and their lists are kept in
    // the arena too, rather than in an array each.
    private PostingBytes DocumentsOf(PostingBytes places, int total)
    {
        if (PostingBytes.IsDense(places.Documents, total))
        {
            return PostingBytes.DocumentsOfPlaces(places, total);
        }

        var (block, offset) = _arena.Allocate(places.Bytes.Length);
        var length = PostingBytes.CopyDocumentGaps(places.Bytes.Span, places.Documents, _arena.Block(block).AsSpan(offset));
        _arena.TrimLast(length);
        return new PostingBytes(places.Documents, false, _arena.Block(block).AsMemory(offset, length));
    }

    private ReadOnlyMemory<byte> ListOf(in Entry entry) => _arena.Block(entry.Block).AsMemory(entry.Offset, entry.Length);

    // The first place of a pair in a document: the last document's places end, and the pair gets the document.
    private void StartPlaces(ref Entry entry, int document, int place)
    {
        if (entry.Documents > 0)
        {
            Write(ref entry, entry.PendingPlace << 1);
        }

        MarkDocument(ref entry, document);
        entry.PendingPlace = (uint)place + 1;
        entry.LastPlace = place;
    }

    private int Number(ulong key)
    {
        var number = _table.Number(key, out var added);
        if (added)
        {
            if (number == _entries.Length)
            {
                PinnedArray.Resize(ref _entries, number * 2);
            }

            _entries[number].LastDocument = -1;
        }

        return number;
    }

    private void MarkDocument(int number, int document) => MarkDocument(ref _entries[number], document);

    private void MarkDocument(ref Entry entry, int document)
    {
        if (entry.LastDocument != document)
        {
            Write(ref entry, (uint)(document - entry.LastDocument));
            entry.LastDocument = document;
            entry.Documents++;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Write(ref Entry entry, uint value)
    {
        if (entry.Capacity - entry.Length < 5)
        {
            Grow(ref entry);
        }

        var list = _arena.Block(entry.Block);
        var at = entry.Offset + entry.Length;
        while (value >= 0x80)
        {
            list[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        list[at++] = (byte)value;
        entry.Length = at - entry.Offset;
    }

    // The list moved to a region twice the size (8 bytes for a new one).
    private void Grow(ref Entry entry)
    {
        var capacity = entry.Capacity == 0 ? 8 : entry.Capacity * 2;
        var (block, offset) = _arena.Allocate(capacity);
        if (entry.Length > 0)
        {
            _arena.Block(entry.Block).AsSpan(entry.Offset, entry.Length).CopyTo(_arena.Block(block).AsSpan(offset));
        }

        entry.Block = block;
        entry.Offset = offset;
        entry.Capacity = capacity;
    }

    // One key's list (a region of the arena) and what appending to it needs, side by side so that the loop touches one
    // cache line per key. It holds no reference, so the collector never traces the array of entries.
    private struct Entry
    {
        public int Block;
        public int Offset;
        public int Capacity;
        public int Length;
        public int LastDocument;
        public int LastPlace;
        public uint PendingPlace;
        public int Documents;
    }
}
