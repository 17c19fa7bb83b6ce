using Gazette.Collections;

namespace Gazette.Search;

/// <summary>
/// The postings of one field (titles or bodies) in one partition of the keys, gathered document by document in
/// increasing order. Every pair of characters without a separator gets a place list, from which its document list is
/// made when the field is sealed (<see cref="Seal"/>); with <c>singles</c>, every character a document list too. A key
/// belongs to the partition the top bits of its shard hash pick (<see cref="PartitionOf"/>), so partitions can be
/// filled in parallel from the same text, and each holds every key of a run of whole shards. A batch's pairs are
/// sorted first (<see cref="PairOccurrences"/>), so that the table is asked once per pair of the batch and each key's
/// list is appended to in one go.
/// </summary>
/// <remarks>
/// Only pairs are keys, never runs of three or four: in real text most runs of four characters occur once in the
/// whole archive, and a key each made an index several times the size of the text (a corpus of 10,000 articles with a
/// natural vocabulary: 645 MB of index, 18 GB of memory and two minutes to build it), where the pairs of a language
/// number in the hundreds of thousands however large the archive grows.
/// </remarks>
internal sealed class FieldPostings(bool singles, int partition, int partitionBits)
{
    // How far ahead among a batch's sorted occurrences the loop has the key table's slot fetched: a pair occurs about
    // three times a batch in real text, so this is some five pairs ahead, about as many lookups as overlap in memory.
    // Sealing fetches the list of the key this many numbers on.
    private const int PrefetchAhead = 16;

    private readonly GramTable _table = new();
    private readonly PostingArena _arena = new();
    private PairOccurrences? _occurrences = new();
    private Entry[] _entries = PinnedArray.Cleared<Entry>(1024);
    private PostingBytes[] _documentLists = [];

    /// <summary>
    /// The partition, among 2^<paramref name="partitionBits"/>, of the key of these two characters (the second 0 for
    /// one): the top bits of the key's shard hash (<see cref="GramKey.ShardOf"/>), worked out from the characters.
    /// </summary>
    /// <remarks>
    /// Shards are picked by the top bits of the same hash, so a partition's keys fill whole shards of either kind
    /// (which have at least 2^4 shards) and a partition's shards are written from its own postings. The shift is taken
    /// in 64 bits, so that no partition bits shift the hash out entirely.
    /// </remarks>
    public static int PartitionOf(char first, char second, int partitionBits) => PartitionOfPair(((uint)first << 16) | second, partitionBits);

    /// <summary>The partition of a pair packed as its first character's code above its second's.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int PartitionOfPair(uint pair, int partitionBits) => (int)((ulong)(pair * GramKey.HashMultiplier) >> (32 - partitionBits));

    /// <summary>How many keys the field holds in this partition, numbered 0, 1, 2… in the order they were first met.</summary>
    public int Count => _table.Count;

    /// <summary>The key with this number.</summary>
    public ulong KeyOf(int number) => _table.KeyOf(number);

    /// <summary>The number of <paramref name="key"/>, or -1 when the field does not hold it.</summary>
    public int Find(ulong key) => _table.Find(key);

    /// <summary>
    /// Adds the texts of documents <paramref name="first"/>, <paramref name="first"/> + 1 …, normalised for the index
    /// (<see cref="SearchText.NormaliseForIndex"/>), after every document added before.
    /// </summary>
    /// <remarks>Compiled optimised at once: it is the build's hottest loop, entered once per batch, and would otherwise run unoptimised for a while.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(int first, IReadOnlyList<ReadOnlyMemory<char>> texts)
    {
        var sorter = _occurrences ?? throw new InvalidOperationException("the field is sealed");

        // A sort holds fewer texts than a batch only when some are millions of characters long.
        if (PairOccurrences.MostTexts(texts) is var most && texts.Count > most)
        {
            for (var start = 0; start < texts.Count; start += most)
            {
                Add(first + start, [.. texts.Skip(start).Take(most)]);
            }

            return;
        }

        if (singles)
        {
            for (var document = 0; document < texts.Count; document++)
            {
                foreach (var character in texts[document].Span)
                {
                    if (character != 0 && PartitionOf(character, '\0', partitionBits) == partition)
                    {
                        MarkDocument(Number((ulong)character << 48), first + document);
                    }
                }
            }
        }

        var occurrences = sorter.Sorted(texts, partition, partitionBits);
        var placeBits = sorter.PlaceBits;
        var placeMask = (1u << placeBits) - 1;
        for (var at = 0; at < occurrences.Length;)
        {
            var pair = PairOccurrences.Pair(occurrences[at]);
            if (at + PrefetchAhead < occurrences.Length)
            {
                _table.Prefetch(PairOccurrences.Pair(occurrences[at + PrefetchAhead]));
            }

            var number = Number((ulong)pair << 32);
            ref var entry = ref _entries[number];
            do
            {
                var where = (uint)occurrences[at];
                var document = first + (int)(where >> placeBits);
                var place = (int)(where & placeMask);
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
            while (++at < occurrences.Length && PairOccurrences.Pair(occurrences[at]) == pair);
        }
    }

    /// <summary>
    /// Ends every place list and makes each key's document list, for an index of <paramref name="total"/> documents;
    /// nothing can be added after. The sort's buffers are let go.
    /// </summary>
    public void Seal(int total)
    {
        _occurrences = null;
        _documentLists = new PostingBytes[_table.Count];
        for (var number = 0; number < _table.Count; number++)
        {
            // Keys are numbered as first met, so their lists lie anywhere in the arena: the list a few keys on is
            // fetched while this one is read.
            if (number + PrefetchAhead < _table.Count && _entries[number + PrefetchAhead] is { Capacity: > 0 } ahead)
            {
                CacheLine.Prefetch(in _arena.Block(ahead.Block)[ahead.Offset]);
            }

            ref var entry = ref _entries[number];
            if (GramKey.Length(_table.KeyOf(number)) == GramKey.MaxLength)
            {
                Write(ref entry, entry.PendingPlace << 1);
                _documentLists[number] = DocumentsOf(PlacesOf(number), total);
            }
            else
            {
                _documentLists[number] = PostingBytes.FromGaps(entry.Documents, ListOf(entry), total);
            }
        }
    }

    /// <summary>The document list of the key with this number, once the field is sealed.</summary>
    public PostingBytes DocumentsOf(int number) => _documentLists[number];

    /// <summary>The place list of the key with this number, once the field is sealed; none for a key of one character.</summary>
    public PostingBytes PlacesOf(int number) =>
        GramKey.Length(_table.KeyOf(number)) == GramKey.MaxLength ? new PostingBytes(_entries[number].Documents, false, ListOf(_entries[number])) : default;

    /// <summary>
    /// Fetches into the cache where reading the place list (<paramref name="places"/>) or the document list of the key
    /// with this number starts; nothing for -1, no key.
    /// </summary>
    public void PrefetchList(int number, bool places)
    {
        if (number >= 0)
        {
            if (places)
            {
                CacheLine.Prefetch(in _entries[number]);
            }
            else
            {
                CacheLine.Prefetch(in _documentLists[number]);
            }
        }
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

    // The list moved to a region twice the size (8 bytes for a new one), its old one given back.
    private void Grow(ref Entry entry)
    {
        var capacity = entry.Capacity == 0 ? 8 : entry.Capacity * 2;
        var (block, offset) = _arena.Allocate(capacity);
        if (entry.Capacity > 0)
        {
            _arena.Block(entry.Block).AsSpan(entry.Offset, entry.Length).CopyTo(_arena.Block(block).AsSpan(offset));
            _arena.Free(entry.Block, entry.Offset, entry.Capacity);
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
