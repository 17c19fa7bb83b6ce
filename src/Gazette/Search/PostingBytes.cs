namespace Gazette.Search;

/// <summary>
/// One encoded list of a key in one field. A document list is either the gaps between its documents (the first from
/// -1) as <see cref="VarInt"/>s, or, when it holds more than one document in eight (<see cref="IsDense"/>), a bitmap
/// with a bit per document of the index (bit <c>d % 8</c> of byte <c>d / 8</c>), which is then about as short or
/// shorter. A place list gives, per document, its gap, then each place as <c>gap * 2 + more</c>: the gap from the last
/// place (the first from -1), and <c>more</c> 1 when another place of the document follows.
/// </summary>
/// <param name="Documents">How many documents the list holds.</param>
/// <param name="Bitmap">Whether the list is a bitmap.</param>
/// <param name="Bytes">The encoded list.</param>
internal readonly record struct PostingBytes(int Documents, bool Bitmap, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>The list of <paramref name="documents"/> (ascending) among <paramref name="total"/>, a bitmap when they are dense.</summary>
    public static PostingBytes OfDocuments(IReadOnlyList<int> documents, int total)
    {
        if (IsDense(documents.Count, total))
        {
            var bitmap = new byte[(total + 7) / 8];
            foreach (var document in documents)
            {
                bitmap[document >> 3] |= (byte)(1 << (document & 7));
            }

            return new PostingBytes(documents.Count, true, bitmap);
        }

        var gaps = new byte[documents.Count + 8];
        var length = 0;
        var last = -1;
        foreach (var document in documents)
        {
            VarInt.Write(ref gaps, ref length, (uint)(document - last));
            last = document;
        }

        return new PostingBytes(documents.Count, false, gaps.AsMemory(0, length));
    }

    /// <summary>
    /// Whether a document list of <paramref name="documents"/> among <paramref name="total"/> is kept as a bitmap: a
    /// rule on the count alone, so that patching a list decides as a fresh index would without measuring its gaps.
    /// </summary>
    public static bool IsDense(int documents, int total) => (long)documents * 8 > total;

    /// <summary>A gap-encoded list of <paramref name="documents"/> documents among <paramref name="total"/>, as a bitmap when it is dense.</summary>
    public static PostingBytes FromGaps(int documents, ReadOnlyMemory<byte> gaps, int total)
    {
        if (!IsDense(documents, total))
        {
            return new PostingBytes(documents, false, gaps);
        }

        var bitmap = new byte[(total + 7) / 8];
        var span = gaps.Span;
        var offset = 0;
        for (int i = 0, document = -1; i < documents; i++)
        {
            document += (int)VarInt.Read(span, ref offset);
            bitmap[document >> 3] |= (byte)(1 << (document & 7));
        }

        return new PostingBytes(documents, true, bitmap);
    }

    /// <summary>The document list of the documents a place list holds.</summary>
    public static PostingBytes DocumentsOfPlaces(PostingBytes places, int total)
    {
        var span = places.Bytes.Span;
        var dense = IsDense(places.Documents, total);
        var bytes = new byte[dense ? (total + 7) / 8 : places.Documents * 3];
        var length = 0;
        var offset = 0;
        for (int i = 0, document = -1; i < places.Documents; i++)
        {
            var gap = VarInt.Read(span, ref offset);
            document += (int)gap;
            if (dense)
            {
                bytes[document >> 3] |= (byte)(1 << (document & 7));
            }
            else
            {
                VarInt.Write(ref bytes, ref length, gap);
            }

            SkipPlaces(span, ref offset);
        }

        return new PostingBytes(places.Documents, dense, dense ? bytes : bytes.AsMemory(0, length));
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
            if (places)
            {
                SkipPlaces(span, ref offset);
            }

            items.Add((document, start, offset));
        }

        return items;
    }

    /// <summary>Moves past one document's places: each value ends with a byte under 0x80, and its first byte's low bit says whether another follows.</summary>
    public static void SkipPlaces(ReadOnlySpan<byte> list, ref int offset)
    {
        for (var more = true; more;)
        {
            more = (list[offset] & 1) != 0;
            while (list[offset++] >= 0x80)
            {
            }
        }
    }
}
