namespace Gazette.Search;

/// <summary>One key of a shard, with its list in titles and its list in bodies (either may hold no document).</summary>
/// <param name="Key">The key (<see cref="GramKey"/>).</param>
/// <param name="Title">The list in titles.</param>
/// <param name="Body">The list in bodies.</param>
internal readonly record struct ShardEntry(ulong Key, PostingBytes Title, PostingBytes Body)
{
    /// <summary>The bytes the key counts for when shards are sized: its lists and a little for its header.</summary>
    public long Size => Title.Bytes.Length + Body.Bytes.Length + 12;
}
