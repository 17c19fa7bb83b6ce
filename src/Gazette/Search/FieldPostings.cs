namespace Gazette.Search;

/// <summary>
/// The postings of one field (titles or bodies), gathered document by document in increasing order. Every run of two
/// to four characters without a separator gets a document list; every run of four also a place list, from which its
/// document list is read when the index is written; with <c>singles</c>, every character a document list too. Each
/// key's list is appended to as it is met, so the loop asks the table once per character: a key of four characters
/// remembers the numbers of its first three and first two.
/// </summary>
internal sealed class FieldPostings(bool singles)
{
    private readonly GramTable _table = new();
    private byte[]?[] _lists = new byte[]?[1024];
    private int[] _lengths = new int[1024];
    private int[] _lastDocument = new int[1024];
    private int[] _lastPlace = new int[1024];
    private uint[] _pendingPlace = new uint[1024];
    private int[] _documents = new int[1024];
    private int[] _prefixOfThree = new int[1024];
    private int[] _prefixOfTwo = new int[1024];

    /// <summary>Adds the next document's text, normalised for the index (<see cref="SearchText.NormaliseForIndex"/>).</summary>
    public void Add(int document, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            ulong first = text[i];
            if (first == 0)
            {
                continue;
            }

            if (singles)
            {
                MarkDocument(Entry(first << 48), document);
            }

            ulong second = i + 1 < text.Length ? text[i + 1] : '\0';
            if (second == 0)
            {
                continue;
            }

            var two = (first << 48) | (second << 32);
            ulong third = i + 2 < text.Length ? text[i + 2] : '\0';
            ulong fourth = third != 0 && i + 3 < text.Length ? text[i + 3] : '\0';
            if (fourth != 0)
            {
                var entry = Entry(two | (third << 16) | fourth);
                if (_lastDocument[entry] != document)
                {
                    if (_documents[entry] > 0)
                    {
                        Write(entry, _pendingPlace[entry] << 1);
                    }

                    MarkDocument(entry, document);
                    MarkDocument(_prefixOfThree[entry], document);
                    MarkDocument(_prefixOfTwo[entry], document);
                    _pendingPlace[entry] = (uint)i + 1;
                }
                else
                {
                    // The place before this one is not the document's last: it is written with the bit that says so.
                    Write(entry, (_pendingPlace[entry] << 1) | 1);
                    _pendingPlace[entry] = (uint)(i - _lastPlace[entry]);
                }

                _lastPlace[entry] = i;
            }
            else if (third != 0)
            {
                MarkDocument(Entry(two | (third << 16)), document);
                MarkDocument(Entry(two), document);
            }
            else
            {
                MarkDocument(Entry(two), document);
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
        foreach (var (key, entry) in _table.Keys())
        {
            var count = _documents[entry];
            if (GramKey.Length(key) == GramKey.MaxLength)
            {
                Write(entry, _pendingPlace[entry] << 1);
                var places = new PostingBytes(count, false, _lists[entry]!.AsMemory(0, _lengths[entry]));
                taken.Add((key, PostingBytes.OfDocuments([.. places.Items(places: true).Select(item => item.Document)], total), places));
            }
            else
            {
                taken.Add((key, PostingBytes.FromGaps(count, _lists[entry]!.AsMemory(0, _lengths[entry]), total), default));
            }
        }

        _lists = [];
        return taken;
    }

    private int Entry(ulong key)
    {
        var entry = _table.Number(key, out var added);
        if (!added)
        {
            return entry;
        }

        if (entry == _lengths.Length)
        {
            var size = entry * 2;
            Array.Resize(ref _lists, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _lastDocument, size);
            Array.Resize(ref _lastPlace, size);
            Array.Resize(ref _pendingPlace, size);
            Array.Resize(ref _documents, size);
            Array.Resize(ref _prefixOfThree, size);
            Array.Resize(ref _prefixOfTwo, size);
        }

        _lastDocument[entry] = -1;
        if (GramKey.Length(key) == GramKey.MaxLength)
        {
            // Each call may grow the arrays, so the numbers are stored only once both are known.
            var three = Entry(key & ~0xFFFFul);
            var two = Entry(key & ~0xFFFF_FFFFul);
            _prefixOfThree[entry] = three;
            _prefixOfTwo[entry] = two;
        }

        return entry;
    }

    private void MarkDocument(int entry, int document)
    {
        if (_lastDocument[entry] != document)
        {
            Write(entry, (uint)(document - _lastDocument[entry]));
            _lastDocument[entry] = document;
            _documents[entry]++;
        }
    }

    private void Write(int entry, uint value)
    {
        ref var list = ref _lists[entry];
        var length = _lengths[entry];
        if (list is null || list.Length - length < 5)
        {
            Array.Resize(ref list, list is null ? 8 : list.Length * 2);
        }

        while (value >= 0x80)
        {
            list[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        list[length++] = (byte)value;
        _lengths[entry] = length;
    }
}
