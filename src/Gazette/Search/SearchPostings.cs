namespace Gazette.Search;

/// <summary>
/// The postings of titles and bodies (<see cref="FieldPostings"/>), gathered document by document, in partitions of
/// the keys that are filled in parallel, and handed over as the index's two kinds of shards (or as their entries):
/// document lists of every key (1 or 2 characters) and place lists of every key of 2.
/// </summary>
internal sealed class SearchPostings
{
    // Partitions of keys are runs of whole shards (FieldPostings.PartitionOf), and every kind has at least 2^4 shards.
    private const int MostPartitionBits = 4;

    private readonly FieldPostings[] _titles;
    private readonly FieldPostings[] _bodies;
    private readonly int _partitionBits;
    private int _lastDocument = -1;
    private bool _sealed;

    /// <summary>
    /// Postings in at least <paramref name="partitions"/> partitions (as many as the cores that fill them), rounded up
    /// to a power of two, at most 16.
    /// </summary>
    public SearchPostings(int partitions = 1)
    {
        _partitionBits = Math.Min(MostPartitionBits, System.Numerics.BitOperations.Log2(System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, partitions))));
        _titles = [.. Enumerable.Range(0, 1 << _partitionBits).Select(p => new FieldPostings(singles: true, p, _partitionBits))];
        _bodies = [.. Enumerable.Range(0, 1 << _partitionBits).Select(p => new FieldPostings(singles: false, p, _partitionBits))];
    }

    /// <summary>Adds a document's title and body, as shown (they are normalised here); documents come in increasing order.</summary>
    public void Add(int document, string title, string body) =>
        AddNormalised(document, [Normalised(title)], [Normalised(body)], CancellationToken.None);

    /// <summary>
    /// Adds documents <paramref name="first"/>, <paramref name="first"/> + 1 … whose titles and bodies are already
    /// normalised (<see cref="SearchText.NormaliseForIndex"/>), each partition on its own core; the text is not kept.
    /// </summary>
    public void AddNormalised(int first, IReadOnlyList<ReadOnlyMemory<char>> titles, IReadOnlyList<ReadOnlyMemory<char>> bodies, CancellationToken cancellationToken)
    {
        if (_sealed)
        {
            throw new InvalidOperationException("the postings were taken");
        }

        if (first <= _lastDocument)
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, "documents are added in increasing order");
        }

        _lastDocument = first + titles.Count - 1;
        Parallel.For(0, _titles.Length, new ParallelOptions { CancellationToken = cancellationToken }, p =>
        {
            _titles[p].Add(first, titles);
            _bodies[p].Add(first, bodies);
        });
    }

    /// <summary>The entries of the document shards and of the place shards, for an index of <paramref name="total"/> documents.</summary>
    public (List<ShardEntry> Documents, List<ShardEntry> Places) Take(int total)
    {
        var documents = new List<ShardEntry>();
        var places = new List<ShardEntry>();
        foreach (var partition in Seal(total))
        {
            partition.AddEntries(documents, places);
        }

        return (documents, places);
    }

    /// <summary>
    /// The index's shards of both kinds for <paramref name="total"/> documents, each made when it is asked for, from
    /// any thread: how many bits pick a shard, and shard by shard what makes it.
    /// </summary>
    public ((int Bits, IEnumerable<Func<byte[]>> Shards) Documents, (int Bits, IEnumerable<Func<byte[]>> Shards) Places) Shards(int total)
    {
        var partitions = Seal(total);
        var documentBits = ShardSet.BitsFor(partitions.Sum(p => p.DocumentSize), places: false);
        var placeBits = ShardSet.BitsFor(partitions.Sum(p => p.PlaceSize), places: true);
        Parallel.ForEach(partitions, partition => partition.Group(documentBits, placeBits));
        return ((documentBits, Made(partitions, documentBits, places: false)), (placeBits, Made(partitions, placeBits, places: true)));
    }

    // What makes each shard of one kind, in order: a partition's shards are the run its number picks.
    private IEnumerable<Func<byte[]>> Made(PartitionShards[] partitions, int bits, bool places) =>
        Enumerable.Range(0, 1 << bits).Select(shard => (Func<byte[]>)(() => partitions[shard >> (bits - _partitionBits)].Encode(shard, places)));

    // Every partition's fields sealed, on every core, and their keys side by side.
    private PartitionShards[] Seal(int total)
    {
        // A field's pending places are written when it is sealed: twice would write them twice.
        if (_sealed)
        {
            throw new InvalidOperationException("the postings were taken");
        }

        _sealed = true;
        var partitions = new PartitionShards[_titles.Length];
        Parallel.For(0, partitions.Length, p =>
        {
            _titles[p].Seal(total);
            _bodies[p].Seal(total);
            partitions[p] = new PartitionShards(_titles[p], _bodies[p], p, _partitionBits);
        });
        return partitions;
    }

    /// <summary>The text normalised for the index, in an array of its own.</summary>
    public static char[] Normalised(string text)
    {
        var normalised = new char[text.Length];
        SearchText.NormaliseForIndex(text, normalised);
        return normalised;
    }
}
