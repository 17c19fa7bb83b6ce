namespace Gazette.Search;

/// <summary>
/// Brings one kind of the last build's shards up to date after a body edit: the edited documents leave every list
/// that holds them and their new lists join, in document order, so the shards are byte for byte what a fresh index
/// would hold. Only the shards that held an edited document or take one of its keys change, and in them only the
/// lists that did are encoded again.
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
        var sorted = edited.Order().ToArray();
        var added = additions.ToDictionary(a => a.Key);
        var addedByShard = added.Keys.ToLookup(k => GramKey.ShardOf(k, bits));
        var result = last.Shards.ToArray();
        var size = 0L;
        for (var shard = 0; shard < result.Length; shard++)
        {
            if (ShardCodec.Decode(result[shard]) is not { } entries)
            {
                return null;
            }

            var changed = addedByShard.Contains(shard);
            var patched = new List<ShardEntry>(entries.Count);
            var keys = new HashSet<ulong>();
            foreach (var entry in entries)
            {
                keys.Add(entry.Key);
                var addition = added.GetValueOrDefault(entry.Key);
                var title = Patch(entry.Title, addition.Title, sorted, places, total);
                var body = Patch(entry.Body, addition.Body, sorted, places, total);
                changed |= title is not null || body is not null;
                var next = new ShardEntry(entry.Key, title ?? entry.Title, body ?? entry.Body);
                if (next.Title.Documents + next.Body.Documents > 0)
                {
                    patched.Add(next);
                }
            }

            foreach (var key in addedByShard[shard].Where(k => !keys.Contains(k)))
            {
                patched.Add(added[key]);
            }

            if (changed)
            {
                patched.Sort((a, b) => a.Key.CompareTo(b.Key));
                result[shard] = ShardCodec.Encode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(patched));
            }

            size += patched.Sum(e => e.Size);
        }

        return ShardSet.BitsFor(size, places) == bits ? new ShardSet(bits, result) : null;
    }

    // The list with the edited documents' entries replaced by the added ones; null when it neither held one nor gains one.
    private static PostingBytes? Patch(PostingBytes old, PostingBytes added, int[] edited, bool places, int total)
    {
        if (added.Documents == 0 && !Holds(old, edited, places))
        {
            return null;
        }

        if (!places && old.Bitmap)
        {
            var bitmap = old.Bytes.ToArray();
            var count = old.Documents;
            foreach (var document in edited)
            {
                count -= (bitmap[document >> 3] >> (document & 7)) & 1;
                bitmap[document >> 3] &= (byte)~(1 << (document & 7));
            }

            foreach (var document in added.DocumentNumbers(places: false))
            {
                bitmap[document >> 3] |= (byte)(1 << (document & 7));
                count++;
            }

            return PostingBytes.IsDense(count, total)
                ? new PostingBytes(count, true, bitmap)
                : PostingBytes.OfDocuments([.. new PostingBytes(count, true, bitmap).DocumentNumbers(places: false)], total);
        }

        // Both lists are in document order: merge them, dropping the old entries of edited documents.
        var kept = old.Items(places);
        var fresh = added.Items(places);
        var merged = new List<(int Document, int Start, int End, ReadOnlyMemory<byte> Source)>(kept.Count + fresh.Count);
        var next = 0;
        foreach (var item in kept)
        {
            for (; next < fresh.Count && fresh[next].Document < item.Document; next++)
            {
                merged.Add((fresh[next].Document, fresh[next].Start, fresh[next].End, added.Bytes));
            }

            if (Array.BinarySearch(edited, item.Document) < 0)
            {
                merged.Add((item.Document, item.Start, item.End, old.Bytes));
            }
        }

        for (; next < fresh.Count; next++)
        {
            merged.Add((fresh[next].Document, fresh[next].Start, fresh[next].End, added.Bytes));
        }

        if (!places)
        {
            return PostingBytes.OfDocuments([.. merged.Select(m => m.Document)], total);
        }

        var bytes = new byte[merged.Sum(m => m.End - m.Start + 5)];
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

    // Whether the list holds one of the edited documents (ascending), reading no further than the last of them.
    private static bool Holds(PostingBytes list, int[] edited, bool places)
    {
        if (list.Documents == 0)
        {
            return false;
        }

        var span = list.Bytes.Span;
        if (list.Bitmap)
        {
            foreach (var document in edited)
            {
                if (document >> 3 < span.Length && ((span[document >> 3] >> (document & 7)) & 1) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        return list.DocumentNumbers(places).TakeWhile(document => document <= edited[^1]).Any(document => Array.BinarySearch(edited, document) >= 0);
    }
}
