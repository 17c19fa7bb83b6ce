namespace Gazette.Search;

/// <summary>
/// Brings the last build's shards up to date after a body edit: the edited documents' entries leave every list that
/// holds them and their new entries join, in document order, so the shards are byte for byte what a fresh index
/// would hold. Only the shards that held an edited document or take one of its keys change.
/// </summary>
internal static class ShardPatcher
{
    /// <summary>
    /// The shards with the postings of the edited documents (by number, each alone in its own postings as document 0)
    /// replaced; null when the shards cannot be read or the edit changes how many shards the index has.
    /// </summary>
    public static List<byte[]>? Apply(IReadOnlyList<byte[]> shards, int bits, IReadOnlyDictionary<int, SearchPostings> edited)
    {
        var additions = Additions(edited);
        var decoded = new List<ShardEntry>?[shards.Count];
        var total = 0L;
        var affected = new HashSet<int>(additions.Keys.Select(k => SearchIndexWriter.ShardOf(k, bits)));
        for (var shard = 0; shard < shards.Count; shard++)
        {
            if ((decoded[shard] = ShardCodec.Decode(shards[shard])) is not { } entries)
            {
                return null;
            }

            total += entries.Sum(e => e.Size);
            if (entries.Any(e => Holds(e.Title.Span, e.TitleDocuments, edited) || Holds(e.Body.Span, e.BodyDocuments, edited)))
            {
                affected.Add(shard);
            }
        }

        var result = shards.ToList();
        foreach (var shard in affected.Order())
        {
            var old = decoded[shard]!.ToDictionary(e => e.Key);
            total -= old.Values.Sum(e => e.Size);
            var keys = old.Keys.Union(additions.Keys.Where(k => SearchIndexWriter.ShardOf(k, bits) == shard)).Order();
            var entries = new List<ShardEntry>();
            foreach (var key in keys)
            {
                var before = old.GetValueOrDefault(key);
                var added = additions.GetValueOrDefault(key);
                var (titleDocuments, title) = Patch(before.Title.Span, before.TitleDocuments, edited, added.Title);
                var (bodyDocuments, body) = Patch(before.Body.Span, before.BodyDocuments, edited, added.Body);
                if (titleDocuments + bodyDocuments > 0)
                {
                    entries.Add(new ShardEntry(key, titleDocuments, title, bodyDocuments, body));
                }
            }

            total += entries.Sum(e => e.Size);
            result[shard] = ShardCodec.Encode(entries);
        }

        return SearchIndexWriter.ShardBits(total) == bits ? result : null;
    }

    // Each key of the edited documents, with each document's places (count and gaps, as a list encodes them).
    private static Dictionary<uint, (List<(int Document, byte[] Places)> Title, List<(int Document, byte[] Places)> Body)> Additions(IReadOnlyDictionary<int, SearchPostings> edited)
    {
        var additions = new Dictionary<uint, (List<(int, byte[])> Title, List<(int, byte[])> Body)>();
        foreach (var (document, postings) in edited.OrderBy(e => e.Key))
        {
            foreach (var (lists, title) in new[] { (postings.Title, true), (postings.Body, false) })
            {
                foreach (var (key, list) in lists)
                {
                    if (!additions.TryGetValue(key, out var both))
                    {
                        both = ([], []);
                        additions[key] = both;
                    }

                    // Document 0's list starts with its gap, 1, in one byte; the rest are its places.
                    (title ? both.Title : both.Body).Add((document, list.Bytes[1..].ToArray()));
                }
            }
        }

        return additions;
    }

    private static bool Holds(ReadOnlySpan<byte> list, int documents, IReadOnlyDictionary<int, SearchPostings> edited)
    {
        var offset = 0;
        var document = -1;
        for (var i = 0; i < documents; i++)
        {
            document += (int)VarInt.Read(list, ref offset);
            if (edited.ContainsKey(document))
            {
                return true;
            }

            SkipPlaces(list, ref offset);
        }

        return false;
    }

    private static (int Documents, byte[] List) Patch(ReadOnlySpan<byte> list, int documents, IReadOnlyDictionary<int, SearchPostings> edited, List<(int Document, byte[] Places)>? added)
    {
        var kept = new List<(int Document, int Start, int End)>(documents);
        var offset = 0;
        var document = -1;
        for (var i = 0; i < documents; i++)
        {
            document += (int)VarInt.Read(list, ref offset);
            var start = offset;
            SkipPlaces(list, ref offset);
            if (!edited.ContainsKey(document))
            {
                kept.Add((document, start, offset));
            }
        }

        var bytes = new byte[list.Length + 16];
        var length = 0;
        var last = -1;
        var next = 0;
        var count = 0;
        foreach (var (keptDocument, start, end) in kept)
        {
            while (added is not null && next < added.Count && added[next].Document < keptDocument)
            {
                Append(ref bytes, ref length, ref last, added[next].Document, added[next++].Places);
                count++;
            }

            Append(ref bytes, ref length, ref last, keptDocument, list[start..end]);
            count++;
        }

        while (added is not null && next < added.Count)
        {
            Append(ref bytes, ref length, ref last, added[next].Document, added[next++].Places);
            count++;
        }

        return (count, bytes[..length]);
    }

    private static void Append(ref byte[] bytes, ref int length, ref int last, int document, ReadOnlySpan<byte> places)
    {
        VarInt.Write(ref bytes, ref length, (uint)(document - last));
        if (bytes.Length - length < places.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, length + places.Length));
        }

        places.CopyTo(bytes.AsSpan(length));
        length += places.Length;
        last = document;
    }

    // The place count, then that many places.
    private static void SkipPlaces(ReadOnlySpan<byte> list, ref int offset)
    {
        for (var count = VarInt.Read(list, ref offset); count > 0; count--)
        {
            while (list[offset++] >= 0x80)
            {
            }
        }
    }
}
