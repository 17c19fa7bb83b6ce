namespace Gazette.Search;

/// <summary>
/// The key of one or two adjacent characters of the normalised text (<see cref="SearchText"/>): the characters'
/// UTF-16 units, sixteen bits each from the top of 64, the unused ones zero (room for four, so that the format can
/// hold longer keys without changing). No indexed character is zero, so a key says how long it is. In the index a key
/// is written as two 32-bit halves, which the script compares as numbers.
/// </summary>
internal static class GramKey
{
    /// <summary>The longest key the index holds, whose places it lists; a longer term is matched by the places of its grams.</summary>
    public const int MaxLength = 2;

    /// <summary>The key of the first one or two (<see cref="MaxLength"/>) characters of <paramref name="gram"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> gram)
    {
        ulong key = 0;
        for (var i = 0; i < Math.Min(gram.Length, MaxLength); i++)
        {
            key |= (ulong)gram[i] << (48 - (16 * i));
        }

        return key;
    }

    /// <summary>How many characters the key holds.</summary>
    public static int Length(ulong key) => (key & 0xFFFF) != 0 ? 4 : (key & 0xFFFF_0000) != 0 ? 3 : (key & 0xFFFF_0000_0000) != 0 ? 2 : 1;

    /// <summary>
    /// The shard of a key among 2^<paramref name="bits"/>: the top bits of a multiplicative hash of its halves, in
    /// 32-bit arithmetic so that the script computes the same with Math.imul.
    /// </summary>
    public static int ShardOf(ulong key, int bits)
    {
        var hash = ((uint)key * 0x9E3779B1u) ^ (uint)(key >> 32);
        hash *= HashMultiplier;
        return (int)(hash >> (32 - bits));
    }

    /// <summary>
    /// The last multiplier of the shard hash (<see cref="ShardOf"/>). A key of one or two characters has a low half of
    /// 0, so its hash is its high half, the characters' units, times this.
    /// </summary>
    public const uint HashMultiplier = 0x85EBCA77u;
}
