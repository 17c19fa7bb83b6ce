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
    public static PostingBytes OfDocuments(IReadOnlyList<int> documents, int total) => OfDocuments(documents, documents.Count, total);

    /// <summary>
    /// Whether a document list of <paramref name="documents"/> among <paramref name="total"/> is kept as a bitmap: a
    /// rule on the count alone, so that patching a list decides as a fresh index would without measuring its gaps.
    /// </summary>
    public static bool IsDense(int documents, int total) => (long)documents * 8 > total;

    /// <summary>A gap-encoded list of <paramref name="documents"/> documents among <paramref name="total"/>, as a bitmap when it is dense.</summary>
    public static PostingBytes FromGaps(int documents, ReadOnlyMemory<byte> gaps, int total) =>
        IsDense(documents, total) ? Recoded(gaps.Span, documents, places: false, total) : new PostingBytes(documents, false, gaps);

    /// <summary>The document list of the documents a place list holds.</summary>
    public static PostingBytes DocumentsOfPlaces(PostingBytes places, int total) => Recoded(places.Bytes.Span, places.Documents, places: true, total);

    /// <summary>
    /// The gaps between the documents of a place list of <paramref name="count"/> documents, copied into
    /// <paramref name="into"/>, which needs no more room than the list: byte for byte the document list of those
    /// documents when it is not a bitmap (<see cref="IsDense"/>), since both write a gap as the same number. Its length.
    /// </summary>
    public static int CopyDocumentGaps(ReadOnlySpan<byte> places, int count, Span<byte> into)
    {
        var offset = 0;
        var written = 0;
        for (var i = 0; i < count; i++)
        {
            do
            {
                into[written++] = places[offset];
            }
            while (places[offset++] >= 0x80);

            SkipPlaces(places, ref offset);
        }

        return written;
    }

    /// <summary>The documents the list holds, in order; <paramref name="places"/> says whether it is a place list.</summary>
    public IEnumerable<int> DocumentNumbers(bool places)
    {
        if (Bitmap)
        {
            for (var i = 0; i < Bytes.Length * 8; i++)
            {
                if ((Bytes.Span[i >> 3] & (1 << (i & 7))) != 0)
                {
                    yield return i;
                }
            }

            yield break;
        }

        var offset = 0;
        for (int i = 0, document = -1; i < Documents; i++)
        {
            document += (int)VarInt.Read(Bytes.Span, ref offset);
            if (places)
            {
                SkipPlaces(Bytes.Span, ref offset);
            }

            yield return document;
        }
    }

    /// <summary>
    /// One list of the lists of one key in consecutive ranges of documents (each list's documents all come before the
    /// next list's), among <paramref name="total"/>: byte for byte the list the documents would have made together.
    /// </summary>
    public static PostingBytes Concatenate(IReadOnlyList<PostingBytes> lists, bool places, int total)
    {
        var count = 0;
        var length = 0;
        foreach (var list in lists)
        {
            count += list.Documents;
            length += list.Bytes.Length + 5;
        }

        if (!places)
        {
            var builder = new Builder(count, total);
            foreach (var list in lists)
            {
                if (list.Documents == 0)
                {
                    continue;
                }

                if (list.Bitmap)
                {
                    foreach (var document in list.DocumentNumbers(places: false))
                    {
                        builder.Add(document);
                    }

                    continue;
                }

                var span = list.Bytes.Span;
                var offset = 0;
                for (int i = 0, document = -1; i < list.Documents; i++)
                {
                    document += (int)VarInt.Read(span, ref offset);
                    builder.Add(document);
                }
            }

            return builder.Result;
        }

        // A place list is never a bitmap: each list but the first starts again from -1, so its first gap is rewritten
        // from the last document before it, and the rest is copied.
        var bytes = new byte[length];
        var written = 0;
        var last = -1;
        foreach (var list in lists.Where(l => l.Documents > 0))
        {
            var span = list.Bytes.Span;
            var offset = 0;
            var first = (int)VarInt.Read(span, ref offset) - 1;
            VarInt.Write(ref bytes, ref written, (uint)(first - last));
            span[offset..].CopyTo(bytes.AsSpan(written));
            written += span.Length - offset;
            last = LastDocument(list);
        }

        return new PostingBytes(count, false, bytes.AsMemory(0, written));
    }

    // The last document of a place list.
    private static int LastDocument(PostingBytes list)
    {
        var span = list.Bytes.Span;
        var offset = 0;
        var document = -1;
        for (var i = 0; i < list.Documents; i++)
        {
            document += (int)VarInt.Read(span, ref offset);
            SkipPlaces(span, ref offset);
        }

        return document;
    }

    // The document list, among `total`, of the `count` documents of a gap-encoded list (with places or without),
    // read in one pass with no allocation but the result's: it runs for every key of every build.
    private static PostingBytes Recoded(ReadOnlySpan<byte> list, int count, bool places, int total)
    {
        var builder = new Builder(count, total);
        var offset = 0;
        for (int i = 0, document = -1; i < count; i++)
        {
            document += (int)VarInt.Read(list, ref offset);
            if (places)
            {
                SkipPlaces(list, ref offset);
            }

            builder.Add(document);
        }

        return builder.Result;
    }

    private static PostingBytes OfDocuments(IEnumerable<int> documents, int count, int total)
    {
        var builder = new Builder(count, total);
        foreach (var document in documents)
        {
            builder.Add(document);
        }

        return builder.Result;
    }

    // A document list written document by document, in the form the count calls for.
    private struct Builder(int count, int total)
    {
        private readonly bool _dense = IsDense(count, total);
        private byte[] _bytes = new byte[IsDense(count, total) ? (total + 7) / 8 : count + 8];
        private int _length;
        private int _last = -1;

        public void Add(int document)
        {
            if (_dense)
            {
                _bytes[document >> 3] |= (byte)(1 << (document & 7));
            }
            else
            {
                VarInt.Write(ref _bytes, ref _length, (uint)(document - _last));
                _last = document;
            }
        }

        public readonly PostingBytes Result => new(count, _dense, _dense ? _bytes : _bytes.AsMemory(0, _length));
    }

    /// <summary>
    /// The list's documents in order, each with the range of its places in <see cref="Bytes"/> when <paramref name="places"/> says it is a place list, an empty range otherwise.
    /// </summary>
    public List<(int Document, int Start, int End)> Items(bool places)
    {
        if (Bitmap)
        {
            return [.. DocumentNumbers(places: false).Select(document => (document, 0, 0))];
        }

        var items = new List<(int, int, int)>(Documents);
        var span = Bytes.Span;
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
