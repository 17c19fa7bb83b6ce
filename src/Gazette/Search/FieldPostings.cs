namespace Gazette.Search;

/// <summary>
/// The postings of one field (titles or bodies) in one partition of the keys, gathered document by document in
/// increasing order. Every run of two to four characters without a separator gets a document list; every run of four
/// also a place list, from which its document list is read when the index is written; with <c>singles</c>, every
/// character a document list too. A place belongs to the partition its first two characters pick
/// (<see cref="PartitionOf"/>), so its grams are all in one, and partitions can be filled in parallel from the same
/// text. Each key's list is appended to as it is met, so the loop asks the table once per character: a key of four
/// characters remembers the numbers of its first three and first two.
/// </summary>
internal sealed class FieldPostings(bool singles, int partition, int partitions)
{
    private readonly GramTable _table = new();
    private Entry[] _entries = new Entry[1024];

    /// <summary>The partition, among <paramref name="partitions"/>, of the grams that start with these two characters (the second 0 for one).</summary>
    /// <remarks>
    /// The hash is scaled to the partitions by a multiplication rather than taken modulo their number, which spares the
    /// loop a division at every character in every partition.
    /// </remarks>
    public static int PartitionOf(char first, char second, int partitions) =>
        (int)(((ulong)((((uint)first << 16) | second) * 0x9E3779B1u) * (uint)partitions) >> 32);

    /// <summary>Adds the next document's text, normalised for the index (<see cref="SearchText.NormaliseForIndex"/>).</summary>
    /// <remarks>Compiled optimised at once: it is the build's hottest loop, entered once per document, and would otherwise run unoptimised for a while.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(int document, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var first = text[i];
            if (first == 0)
            {
                continue;
            }

            if (singles && PartitionOf(first, '\0', partitions) == partition)
            {
                MarkDocument(Number((ulong)first << 48), document);
            }

            var second = i + 1 < text.Length ? text[i + 1] : '\0';
            if (second == 0 || PartitionOf(first, second, partitions) != partition)
            {
                continue;
            }

            var two = ((ulong)first << 48) | ((ulong)second << 32);
            ulong third = i + 2 < text.Length ? text[i + 2] : '\0';
            ulong fourth = third != 0 && i + 3 < text.Length ? text[i + 3] : '\0';
            if (fourth != 0)
            {
                var number = Number(two | (third << 16) | fourth);
                ref var entry = ref _entries[number];
                if (entry.LastDocument == document)
                {
                    // The commonest case, kept in the loop: another place in the same document. The place before it
                    // is not the document's last, so it is written with the bit that says so.
                    Write(ref entry, (entry.PendingPlace << 1) | 1);
                    entry.PendingPlace = (uint)(i - entry.LastPlace);
                    entry.LastPlace = i;
                }
                else
                {
                    StartPlaces(number, document, i);
                }
            }
            else if (third != 0)
            {
                MarkDocument(Number(two | (third << 16)), document);
                MarkDocument(Number(two), document);
            }
            else
            {
                MarkDocument(Number(two), document);
            }
        }
    }

    /// <summary>
    /// Every key with its document list and, for a key of four characters, its place list, for an index of
    /// <paramref name="total"/> documents. The postings are handed over: nothing is kept here.
    /// </summary>
    public List<(ulong Key, PostingBytes Documents, PostingBytes Places)> Take(int total)
    {
        var taken = new List<(ulong, PostingBytes, PostingBytes)>(_table.Count);
        foreach (var (key, number) in _table.Keys())
        {
            ref var entry = ref _entries[number];
            if (GramKey.Length(key) == GramKey.MaxLength)
            {
                Write(ref entry, entry.PendingPlace << 1);
                var places = new PostingBytes(entry.Documents, false, entry.List.AsMemory(0, entry.Length));
                taken.Add((key, PostingBytes.DocumentsOfPlaces(places, total), places));
            }
            else
            {
                taken.Add((key, PostingBytes.FromGaps(entry.Documents, entry.List.AsMemory(0, entry.Length), total), default));
            }
        }

        _entries = [];
        return taken;
    }

    // The first place of a key of four in a document: the last document's places end, and the key and its first
    // three and first two characters get the document.
    private void StartPlaces(int number, int document, int place)
    {
        ref var entry = ref _entries[number];
        if (entry.Documents > 0)
        {
            Write(ref entry, entry.PendingPlace << 1);
        }

        MarkDocument(number, document);
        MarkDocument(entry.PrefixOfThree, document);
        MarkDocument(entry.PrefixOfTwo, document);
        entry.PendingPlace = (uint)place + 1;
        entry.LastPlace = place;
    }

    private int Number(ulong key)
    {
        var number = _table.Number(key, out var added);
        if (!added)
        {
            return number;
        }

        if (number == _entries.Length)
        {
            Array.Resize(ref _entries, number * 2);
        }

        _entries[number].LastDocument = -1;
        if (GramKey.Length(key) == GramKey.MaxLength)
        {
            // Each call may grow the array, so the numbers are stored only once both are known.
            var three = Number(key & ~0xFFFFul);
            var two = Number(key & ~0xFFFF_FFFFul);
            _entries[number].PrefixOfThree = three;
            _entries[number].PrefixOfTwo = two;
        }

        return number;
    }

    private void MarkDocument(int number, int document)
    {
        ref var entry = ref _entries[number];
        if (entry.LastDocument != document)
        {
            Write(ref entry, (uint)(document - entry.LastDocument));
            entry.LastDocument = document;
            entry.Documents++;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Write(ref Entry entry, uint value)
    {
        var list = entry.List;
        if (list is null || list.Length - entry.Length < 5)
        {
            list = Grow(ref entry);
        }

        var length = entry.Length;
        while (value >= 0x80)
        {
            list[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        list[length++] = (byte)value;
        entry.Length = length;
    }

    private static byte[] Grow(ref Entry entry)
    {
        Array.Resize(ref entry.List, entry.List is null ? 8 : entry.List.Length * 2);
        return entry.List;
    }

    // One key's list and what appending to it needs, side by side so that the loop touches one cache line per key.
    private struct Entry
    {
        public byte[]? List;
        public int Length;
        public int LastDocument;
        public int LastPlace;
        public uint PendingPlace;
        public int Documents;
        public int PrefixOfThree;
        public int PrefixOfTwo;
    }
}
