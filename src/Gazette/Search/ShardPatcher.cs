namespace Gazette.Search;

/// <summary>
/// Brings one kind of the last build's shards up to date after a body edit: the edited documents leave every list
/// that holds them and their new lists join, in document order, so the shards are byte for byte what a fresh index
/// would hold. Only the shards that held an edited document or take one of its keys change.
/// </summary>
internal static class ShardPatcher
{
    /// <summary>
    /// The shards of <paramref name="last"/> with the lists of the <paramref name="edited"/> documents replaced by
    /// <paramref name="additions"/> (the entries of those documents alone, numbered as in the index) for an index of
    /// <paramref name="total"/> documents; <paramref name="places"/> says whether the shards hold place lists. Null
    /// when the shards cannot be read or the edit changes how many shards there are.
    /// </summary>
    public static ShardSet? Apply(ShardSet last, IReadOnlyList<ShardEntry> additions, IReadOnlySet<int> edited, bool places, int total)
    {
        var bits = last.Bits;
        var added = additions.ToDictionary(a => a.Key);
        var affected = new HashSet<int>(added.Keys.Select(k => GramKey.ShardOf(k, bits)));
        var decoded = new List<ShardEntry>[last.Shards.Count];
        var size = 0L;
        for (var shard = 0; shard < decoded.Length; shard++)
        {
            if (ShardCodec.Decode(last.Shards[shard]) is not { } entries)
            {
                return null;
            }

            decoded[shard] = entries;
            size += entries.Sum(e => e.Size);
            if (!affected.Contains(shard) && entries.Any(e => Holds(e.Title, places, edited) || Holds(e.Body, places, edited)))
            {
                affected.Add(shard);
            }
        }

        var result = last.Shards.ToArray();
        foreach (var shard in affected)
        {
            var old = decoded[shard].ToDictionary(e => e.Key);
            size -= old.Values.Sum(e => e.Size);
            var entries = new List<ShardEntry>();
            foreach (var key in old.Keys.Union(added.Keys.Where(k => GramKey.ShardOf(k, bits) == shard)).Order())
            {
                var before = old.GetValueOrDefault(key);
                var addition = added.GetValueOrDefault(key);
                var entry = new ShardEntry(key, Merge(before.Title, addition.Title, edited, places, total), Merge(before.Body, addition.Body, edited, places, total));
                if (entry.Title.Documents + entry.Body.Documents > 0)
                {
                    entries.Add(entry);
                }
            }

            size += entries.Sum(e => e.Size);
            result[shard] = ShardCodec.Encode(entries);
        }

        return ShardSet.BitsFor(size) == bits ? new ShardSet(bits, result) : null;
    }

    private static bool Holds(PostingBytes list, bool places, IReadOnlySet<int> edited)
    {
        if (list.Bitmap)
        {
            var bytes = list.Bytes;
            return edited.Any(d => d >> 3 < bytes.Length && (bytes.Span[d >> 3] & (1 << (d & 7))) != 0);
        }

        return list.Documents > 0 && list.Items(places).Any(item => edited.Contains(item.Document));
    }

    // The old list without the edited documents, with their new entries, in document order.
    private static PostingBytes Merge(PostingBytes old, PostingBytes added, IReadOnlySet<int> edited, bool places, int total)
    {
        var merged = old.Items(places).Where(item => !edited.Contains(item.Document)).Select(item => (item.Document, item.Start, item.End, Source: old.Bytes))
            .Concat(added.Items(places).Select(item => (item.Document, item.Start, item.End, Source: added.Bytes)))
            .OrderBy(item => item.Document)
            .ToList();
        if (!places)
        {
            return PostingBytes.OfDocuments([.. merged.Select(item => item.Document)], total);
        }

        var bytes = new byte[merged.Sum(item => item.End - item.Start + 5)];
        var length = 0;
        var last = -1;
        foreach (var (document, start, end, source) in merged)
        {
            VarInt.Write(ref bytes, ref length, (uint)(document - last));
            source.Span[start..end].CopyTo(bytes.AsSpan(length));
            length += end - start;
            last = document;
        }

        return new PostingBytes(merged.Count, false, bytes.AsMemory(0, length));
    }
}
