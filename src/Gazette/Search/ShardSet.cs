namespace Gazette.Search;

/// <summary>
/// One kind of the index's shards: 2^<see cref="Bits"/> files, a key in the one its hash picks
/// (<see cref="GramKey.ShardOf"/>), so that a query reads only the shards of its keys.
/// </summary>
/// <param name="Bits">How many bits of a key's hash pick its shard.</param>
/// <param name="Shards">The shards' bytes, in order.</param>
internal sealed record ShardSet(int Bits, IReadOnlyList<byte[]> Shards)
{
    /// <summary>
    /// How large a shard is meant to be, before compression: every term reads one document shard per key, so those are
    /// kept small; place shards are read only for terms of three characters or more, when their keys' documents meet,
    /// and their lists are long anyway, so they are larger and fewer.
    /// </summary>
    public static int TargetFor(bool places) => places ? 64 * 1024 : 32 * 1024;

    /// <summary>
    /// The shards of the entries of these lists (one per partition of the postings), encoded on every core. The lists
    /// are emptied, and each shard's entries are let go once it is encoded, so the postings it points into can be
    /// collected while the rest are encoded.
    /// </summary>
    public static ShardSet Of(IReadOnlyList<List<ShardEntry>> parts, bool places)
    {
        var bits = BitsFor(parts.Sum(part => part.Sum(e => e.Size)), places);

        // The entries in one array, shard after shard (a counting sort): a list per shard grew by copying, and for
        // the hundreds of thousands of keys of real text that copying was a tenth of the index's time.
        var starts = new int[(1 << bits) + 1];
        foreach (var part in parts)
        {
            foreach (var entry in part)
            {
                starts[GramKey.ShardOf(entry.Key, bits) + 1]++;
            }
        }

        for (var shard = 1; shard < starts.Length; shard++)
        {
            starts[shard] += starts[shard - 1];
        }

        var ordered = new ShardEntry[starts[^1]];
        var next = starts[..^1];
        foreach (var part in parts)
        {
            foreach (var entry in part)
            {
                ordered[next[GramKey.ShardOf(entry.Key, bits)]++] = entry;
            }

            part.Clear();
            part.TrimExcess();
        }

        var shards = new byte[1 << bits][];
        Parallel.For(0, shards.Length, shard =>
        {
            var group = new ArraySegment<ShardEntry>(ordered, starts[shard], starts[shard + 1] - starts[shard]);
            group.AsSpan().Sort(static (a, b) => a.Key.CompareTo(b.Key));
            shards[shard] = ShardCodec.Encode(group);
            group.AsSpan().Clear();
        });

        return new ShardSet(bits, shards);
    }

    /// <summary>How many bits pick a shard for entries of <paramref name="total"/> bytes (<see cref="ShardEntry.Size"/>): at least 16 shards, at most 65,536.</summary>
    public static int BitsFor(long total, bool places)
    {
        var bits = 4;
        while (bits < 16 && (total >> bits) > TargetFor(places))
        {
            bits++;
        }

        return bits;
    }
}
