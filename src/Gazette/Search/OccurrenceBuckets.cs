namespace Gazette.Search;

/// <summary>
/// The occurrences of the keys of one field in one partition (<see cref="FieldPostings"/>), as they are met, in
/// <see cref="Count"/> buckets by a hash of the pair: every occurrence of a key in the same bucket, in the order
/// added. A bucket is small enough for the processor's caches to sort, where the whole field is not, and it grows in
/// chunks, never by copying. Used from one thread at a time.
/// </summary>
internal sealed class OccurrenceBuckets
{
    /// <summary>How many buckets there are.</summary>
    public const int Count = 1 << BucketBits;

    private const int BucketBits = 8;

    // A bucket's first chunk is small, so that a small site's thousand buckets cost little; later ones double. Chunks
    // are carved from slabs the collector keeps in its large-object heap: they live until the postings are taken, and
    // as arrays of their own they were copied from generation to generation, doubling the collection pauses.
    private const int FirstChunk = 256;
    private const int LargestChunk = 16 * 1024;
    private const int SlabSize = 128 * 1024;

    private readonly Bucket[] _buckets = new Bucket[Count];
    private PairOccurrence[] _slab = [];
    private int _slabUsed;

    /// <summary>How many occurrences are held, in every bucket.</summary>
    public long Total { get; private set; }

    /// <summary>The bucket of a pair: bits of its hash that pick no partition (<see cref="FieldPostings.PartitionOf"/> takes the top ones).</summary>
    public static int BucketOf(uint pair) => (int)(((pair * 0x9E3779B1u) >> 16) & (Count - 1));

    /// <summary>
    /// Adds an occurrence to the end of its pair's bucket when <paramref name="kept"/>, and otherwise leaves the
    /// buckets as they were: the same steps either way, for whether a pair is kept (its partition) follows no pattern
    /// a processor can predict, and a branch on it was mispredicted at every other character.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(uint pair, uint position, bool kept)
    {
        ref var bucket = ref _buckets[BucketOf(pair)];
        if (bucket.Used == bucket.Length)
        {
            NewChunk(ref bucket);
        }

        bucket.Slab![bucket.Start + bucket.Used] = new PairOccurrence(pair, position);
        var step = kept ? 1 : 0;
        bucket.Used += step;
        Total += step;
    }

    /// <summary>How many occurrences bucket <paramref name="bucket"/> holds.</summary>
    public int CountOf(int bucket) => _buckets[bucket].Filled + _buckets[bucket].Used;

    /// <summary>
    /// Copies bucket <paramref name="bucket"/>'s occurrences, in the order they were added, to the start of
    /// <paramref name="into"/> (which holds at least <see cref="CountOf"/>), and lets them go.
    /// </summary>
    public void MoveTo(int bucket, Span<PairOccurrence> into)
    {
        ref var held = ref _buckets[bucket];
        var at = 0;
        foreach (var chunk in held.Full ?? [])
        {
            chunk.Span.CopyTo(into[at..]);
            at += chunk.Length;
        }

        held.Slab.AsSpan(held.Start, held.Used).CopyTo(into[at..]);
        Total -= held.Filled + held.Used;
        held = default;
    }

    private void NewChunk(ref Bucket bucket)
    {
        if (bucket.Length > 0)
        {
            (bucket.Full ??= []).Add(bucket.Slab.AsMemory(bucket.Start, bucket.Length));
            bucket.Filled += bucket.Length;
        }

        var size = bucket.Length == 0 ? FirstChunk : Math.Min(bucket.Length * 2, LargestChunk);
        if (_slab.Length - _slabUsed < size)
        {
            _slab = GC.AllocateUninitializedArray<PairOccurrence>(SlabSize);
            _slabUsed = 0;
        }

        bucket.Slab = _slab;
        bucket.Start = _slabUsed;
        bucket.Length = size;
        _slabUsed += size;
        bucket.Used = 0;
    }

    // One bucket: its filled chunks, in order, and the one being filled (where it starts in which slab, how long it is
    // and how much of it is used), held as they are rather than as a Memory, whose span the hot loop would pay for.
    private struct Bucket
    {
        public List<Memory<PairOccurrence>>? Full;
        public int Filled;
        public PairOccurrence[]? Slab;
        public int Start;
        public int Length;
        public int Used;
    }
}
