using System.Buffers;

namespace Gazette.Search;

/// <summary>
/// A shard's bytes: the key count, then per key (ascending) its key and the document count and byte length of its
/// title and body lists, all <see cref="VarInt"/>; then the lists, in the same order.
/// </summary>
internal static class ShardCodec
{
    /// <summary>A shard of these keys, which must be in ascending order.</summary>
    public static byte[] Encode(IReadOnlyList<ShardEntry> entries)
    {
        var header = new byte[64];
        var length = 0;
        VarInt.Write(ref header, ref length, (uint)entries.Count);
        var lists = new ArrayBufferWriter<byte>();
        foreach (var entry in entries)
        {
            VarInt.Write(ref header, ref length, entry.Key);
            VarInt.Write(ref header, ref length, (uint)entry.TitleDocuments);
            VarInt.Write(ref header, ref length, (uint)entry.Title.Length);
            VarInt.Write(ref header, ref length, (uint)entry.BodyDocuments);
            VarInt.Write(ref header, ref length, (uint)entry.Body.Length);
            lists.Write(entry.Title.Span);
            lists.Write(entry.Body.Span);
        }

        return [.. header.AsSpan(0, length), .. lists.WrittenSpan];
    }

    /// <summary>The keys of a shard, their lists slices of <paramref name="shard"/>; null when the bytes are no shard.</summary>
    public static List<ShardEntry>? Decode(byte[] shard)
    {
        try
        {
            var offset = 0;
            var count = (int)VarInt.Read(shard, ref offset);
            var headers = new (uint Key, int TitleDocuments, int TitleBytes, int BodyDocuments, int BodyBytes)[count];
            for (var i = 0; i < count; i++)
            {
                headers[i] = (VarInt.Read(shard, ref offset), (int)VarInt.Read(shard, ref offset), (int)VarInt.Read(shard, ref offset), (int)VarInt.Read(shard, ref offset), (int)VarInt.Read(shard, ref offset));
            }

            var entries = new List<ShardEntry>(count);
            foreach (var (key, titleDocuments, titleBytes, bodyDocuments, bodyBytes) in headers)
            {
                entries.Add(new ShardEntry(key, titleDocuments, shard.AsMemory(offset, titleBytes), bodyDocuments, shard.AsMemory(offset + titleBytes, bodyBytes)));
                offset += titleBytes + bodyBytes;
            }

            return offset == shard.Length ? entries : null;
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}
