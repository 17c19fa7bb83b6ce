namespace Gazette.Search;

/// <summary>
/// The sealed postings of one partition of the keys (<see cref="FieldPostings.PartitionOf"/>), titles and bodies side
/// by side, and the shards of either kind that its keys fill: a run of whole shards, each encoded straight from the
/// postings when it is asked for. The index's entries are never gathered into lists of their own, and a shard's bytes
/// live only until they are written: for the 780,000 keys of 10,000 long articles of real text, those lists and the
/// shards held at once were a third of the build's peak memory, each of their pages a fault that cost as much as
/// filling it.
/// </summary>
internal sealed class PartitionShards
{
    // How many keys ahead of its reading a key's lists are fetched into the cache.
    private const int PrefetchAhead = 8;

    private readonly FieldPostings _titles;
    private readonly FieldPostings _bodies;
    private readonly int _partition;
    private readonly int _partitionBits;

    // Every key of the partition with its number in each field (-1 where the field does not hold it): the bodies'
    // keys in the order they were first met, then the titles' keys that no body holds.
    private readonly KeyNumbers[] _keys;
    private Grouping? _documents;
    private Grouping? _places;

    /// <summary>The keys of <paramref name="partition"/> of 2^<paramref name="partitionBits"/>, in two sealed fields.</summary>
    public PartitionShards(FieldPostings titles, FieldPostings bodies, int partition, int partitionBits)
    {
        _titles = titles;
        _bodies = bodies;
        _partition = partition;
        _partitionBits = partitionBits;
        var inBodies = new bool[titles.Count];
        var keys = new List<KeyNumbers>(bodies.Count + titles.Count);
        for (var body = 0; body < bodies.Count; body++)
        {
            var key = bodies.KeyOf(body);
            var title = titles.Find(key);
            if (title >= 0)
            {
                inBodies[title] = true;
            }

            keys.Add(new KeyNumbers(key, title, body));
        }

        for (var title = 0; title < titles.Count; title++)
        {
            if (!inBodies[title])
            {
                keys.Add(new KeyNumbers(titles.KeyOf(title), title, -1));
            }
        }

        _keys = [.. keys];
        foreach (var key in _keys)
        {
            DocumentSize += DocumentEntry(key).Size;
            if (IsPair(key))
            {
                PlaceSize += PlaceEntry(key).Size;
            }
        }
    }

    /// <summary>What the partition's document entries count for when shards are sized (<see cref="ShardEntry.Size"/>).</summary>
    public long DocumentSize { get; }

    /// <summary>What the partition's place entries count for when shards are sized.</summary>
    public long PlaceSize { get; }

    /// <summary>
    /// Sorts the partition's keys into the shards they fall in, among 2^<paramref name="documentBits"/> document shards
    /// and 2^<paramref name="placeBits"/> place shards (each at least 2^<see cref="_partitionBits"/>).
    /// </summary>
    public void Group(int documentBits, int placeBits)
    {
        _documents = Grouped(documentBits, places: false);
        _places = Grouped(placeBits, places: true);
    }

    /// <summary>The bytes of shard <paramref name="shard"/> (counted among every partition's) of one kind, which must be one of this partition's.</summary>
    public byte[] Encode(int shard, bool places)
    {
        var grouping = (places ? _places : _documents) ?? throw new InvalidOperationException("the keys are not grouped into shards");
        var local = shard - (_partition << (grouping.Bits - _partitionBits));
        var start = grouping.Starts[local];
        var count = grouping.Starts[local + 1] - start;

        // Sorted by key as numbers, with the keys' indices beside them: sorting the entries themselves, 56 bytes each
        // through a comparison, was a tenth of the shards' time.
        var keys = new ulong[count];
        var indices = grouping.Keys.AsSpan(start, count).ToArray();
        for (var i = 0; i < count; i++)
        {
            keys[i] = _keys[indices[i]].Key;
        }

        Array.Sort(keys, indices);
        var entries = new ShardEntry[count];
        for (var i = 0; i < count; i++)
        {
            // The keys' lists lie anywhere in the fields' tables: those of the key a few on are fetched while this
            // one's are read.
            if (i + PrefetchAhead < count)
            {
                var ahead = _keys[indices[i + PrefetchAhead]];
                _titles.PrefetchList(ahead.Title, places);
                _bodies.PrefetchList(ahead.Body, places);
            }

            var key = _keys[indices[i]];
            entries[i] = places ? PlaceEntry(key) : DocumentEntry(key);
        }

        return ShardCodec.Encode(entries);
    }

    /// <summary>Adds the partition's entries of each kind to the lists, in no particular order.</summary>
    public void AddEntries(List<ShardEntry> documents, List<ShardEntry> places)
    {
        foreach (var key in _keys)
        {
            documents.Add(DocumentEntry(key));
            if (IsPair(key))
            {
                places.Add(PlaceEntry(key));
            }
        }
    }

    private static bool IsPair(KeyNumbers key) => GramKey.Length(key.Key) == GramKey.MaxLength;

    private ShardEntry DocumentEntry(KeyNumbers key) => new(
        key.Key, key.Title >= 0 ? _titles.DocumentsOf(key.Title) : default, key.Body >= 0 ? _bodies.DocumentsOf(key.Body) : default);

    private ShardEntry PlaceEntry(KeyNumbers key) => new(
        key.Key, key.Title >= 0 ? _titles.PlacesOf(key.Title) : default, key.Body >= 0 ? _bodies.PlacesOf(key.Body) : default);

    // A counting sort of the keys (their indices in _keys) by shard, among this partition's shards.
    private Grouping Grouped(int bits, bool places)
    {
        var localBits = bits - _partitionBits;
        var first = _partition << localBits;
        var starts = new int[(1 << localBits) + 1];
        foreach (var key in _keys)
        {
            if (!places || IsPair(key))
            {
                starts[GramKey.ShardOf(key.Key, bits) - first + 1]++;
            }
        }

        for (var shard = 1; shard < starts.Length; shard++)
        {
            starts[shard] += starts[shard - 1];
        }

        var ordered = new int[starts[^1]];
        var next = starts[..^1];
        for (var i = 0; i < _keys.Length; i++)
        {
            if (!places || IsPair(_keys[i]))
            {
                ordered[next[GramKey.ShardOf(_keys[i].Key, bits) - first]++] = i;
            }
        }

        return new Grouping(bits, starts, ordered);
    }

    private readonly record struct KeyNumbers(ulong Key, int Title, int Body);

    // The keys of each of the partition's shards of one kind: shard s's are Keys[Starts[s]..Starts[s + 1]].
    private sealed record Grouping(int Bits, int[] Starts, int[] Keys);
}
