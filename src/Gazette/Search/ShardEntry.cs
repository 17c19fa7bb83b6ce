namespace Gazette.Search;

/// <summary>One key of a shard: its title list and body list as encoded (<see cref="PostingList"/>).</summary>
/// <param name="Key">The key.</param>
/// <param name="TitleDocuments">How many titles hold it.</param>
/// <param name="Title">The title list.</param>
/// <param name="BodyDocuments">How many bodies hold it.</param>
/// <param name="Body">The body list.</param>
internal readonly record struct ShardEntry(uint Key, int TitleDocuments, ReadOnlyMemory<byte> Title, int BodyDocuments, ReadOnlyMemory<byte> Body)
{
    /// <summary>The bytes the key counts for when shards are sized: its lists and a little for its header.</summary>
    public long Size => Title.Length + Body.Length + 12;
}
