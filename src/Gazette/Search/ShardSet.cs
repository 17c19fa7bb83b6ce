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
