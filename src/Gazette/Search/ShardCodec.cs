using System.Buffers;
using Gazette.Collections;

namespace Gazette.Search;

/// <summary>
/// A shard's bytes: the key count, then per key (ascending) the key's high and low 32 bits, and for its title list
/// and then its body list the document count and <c>length * 2 + bitmap</c>, all <see cref="VarInt"/>; then the lists,
/// in the same order (<see cref="PostingBytes"/>).
/// </summary>
internal static class ShardCodec
{
    // How many entries ahead of their copying an entry's lists are fetched into the cache.
    private const int PrefetchAhead = 8;

    /// <summary>A shard of these keys, which must be in ascending order.</summary>
    /// <remarks>Measured first and written into one array of its exact size: the shards hold most of the index's bytes.</remarks>
    public static byte[] Encode(ReadOnlySpan<ShardEntry> entries)
    {
        var headerLength = VarInt.Length((uint)entries.Length);
        var listsLength = 0;
        foreach (var entry in entries)
        {
            headerLength += VarInt.Length((uint)(entry.Key >> 32)) + VarInt.Length((uint)entry.Key);
            foreach (var list in (ReadOnlySpan<PostingBytes>)[entry.Title, entry.Body])
            {
                headerLength += VarInt.Length((uint)list.Documents) + VarInt.Length(LengthField(list));
                listsLength += list.Bytes.Length;
            }
        }

        // Every byte is written below, so the array is not cleared first.
        var shard = GC.AllocateUninitializedArray<byte>(headerLength + listsLength);
        var header = 0;
        var lists = headerLength;
        VarInt.Write(shard, ref header, (uint)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            // The lists lie anywhere in memory: those of the entry a few on are fetched while this one's are copied.
            if (i + PrefetchAhead < entries.Length)
            {
                CacheLine.Prefetch(entries[i + PrefetchAhead].Title.Bytes);
                CacheLine.Prefetch(entries[i + PrefetchAhead].Body.Bytes);
            }

            var entry = entries[i];
            VarInt.Write(shard, ref header, (uint)(entry.Key >> 32));
            VarInt.Write(shard, ref header, (uint)entry.Key);
            foreach (var list in (ReadOnlySpan<PostingBytes>)[entry.Title, entry.Body])
            {
                VarInt.Write(shard, ref header, (uint)list.Documents);
                VarInt.Write(shard, ref header, LengthField(list));
                list.Bytes.Span.CopyTo(shard.AsSpan(lists));
                lists += list.Bytes.Length;
            }
        }

        return shard;
    }

    /// <summary>The keys of a shard, their lists slices of <paramref name="shard"/>; null when the bytes are no shard.</summary>
    public static List<ShardEntry>? Decode(byte[] shard)
    {
        try
        {
            var offset = 0;
            var count = (int)VarInt.Read(shard, ref offset);
            var headers = new (ulong Key, int TitleDocuments, uint Title, int BodyDocuments, uint Body)[count];
            for (var i = 0; i < count; i++)
            {
                var key = ((ulong)VarInt.Read(shard, ref offset) << 32) | VarInt.Read(shard, ref offset);
                headers[i] = (key, (int)VarInt.Read(shard, ref offset), VarInt.Read(shard, ref offset), (int)VarInt.Read(shard, ref offset), VarInt.Read(shard, ref offset));
            }

            var entries = new List<ShardEntry>(count);
            foreach (var (key, titleDocuments, title, bodyDocuments, body) in headers)
            {
                var titleLength = (int)(title >> 1);
                var bodyLength = (int)(body >> 1);
                entries.Add(new ShardEntry(
                    key,
                    new PostingBytes(titleDocuments, (title & 1) != 0, shard.AsMemory(offset, titleLength)),
                    new PostingBytes(bodyDocuments, (body & 1) != 0, shard.AsMemory(offset + titleLength, bodyLength))));
                offset += titleLength + bodyLength;
            }

            return offset == shard.Length ? entries : null;
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static uint LengthField(PostingBytes list) => ((uint)list.Bytes.Length << 1) | (list.Bitmap ? 1u : 0u);
}
