namespace Gazette.Search;

/// <summary>
/// One encoded list of a key in one field. A document list is either the gaps between its documents (the first from
/// -1) as <see cref="VarInt"/>s, or, when that would be longer, a bitmap with a bit per document of the index (bit
/// <c>d % 8</c> of byte <c>d / 8</c>). A place list gives, per document, its gap, then each place as
/// <c>gap * 2 + more</c>, the gap from the last place (the first from -1) and <c>more</c> 1 when another place of the
/// document follows.
/// </summary>
/// <param name="Documents">How many documents the list holds.</param>
/// <param name="Bitmap">Whether the list is a bitmap.</param>
/// <param name="Bytes">The encoded list.</param>
internal readonly record struct PostingBytes(int Documents, bool Bitmap, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>The list of <paramref name="documents"/> (ascending) among <paramref name="total"/>, in its shorter form.</summary>
    public static PostingBytes OfDocuments(IReadOnlyList<int> documents, int total)
    {
        var gaps = new byte[documents.Count + 8];
        var length = 0;
        var last = -1;
        foreach (var document in documents)
        {
            VarInt.Write(ref gaps, ref length, (uint)(document - last));
            last = document;
        }

        return FromGaps(documents.Count, gaps.AsMemory(0, length), total);
    }

    /// <summary>A gap-encoded list of <paramref name="documents"/> documents among <paramref name="total"/>, as a bitmap when that is shorter.</summary>
    public static PostingBytes FromGaps(int documents, ReadOnlyMemory<byte> gaps, int total)
    {
        var bitmapLength = (total + 7) / 8;
        if (gaps.Length <= bitmapLength)
        {
            return new PostingBytes(documents, false, gaps);
        }

        var bitmap = new byte[bitmapLength];
        var span = gaps.Span;
        var offset = 0;
        for (int i = 0, document = -1; i < documents; i++)
        {
            document += (int)VarInt.Read(span, ref offset);
            bitmap[document >> 3] |= (byte)(1 << (document & 7));
        }

        return new PostingBytes(documents, true, bitmap);
    }

    /// <summary>
    /// The list's documents in order, each with the range of its places in <see cref="Bytes"/> when <paramref name="places"/> says it is a place list, an empty range otherwise.
    /// </summary>
    public List<(int Document, int Start, int End)> Items(bool places)
    {
        var items = new List<(int, int, int)>(Documents);
        var span = Bytes.Span;
        if (Bitmap)
        {
            for (var i = 0; i < span.Length; i++)
            {
                for (var bit = 0; bit < 8; bit++)
                {
                    if ((span[i] & (1 << bit)) != 0)
                    {
                        items.Add(((i * 8) + bit, 0, 0));
                    }
                }
            }

            return items;
        }

        var offset = 0;
        for (int i = 0, document = -1; i < Documents; i++)
        {
            document += (int)VarInt.Read(span, ref offset);
            var start = offset;
            while (places && (VarInt.Read(span, ref offset) & 1) != 0)
            {
            }

            items.Add((document, start, offset));
        }

        return items;
    }
}
