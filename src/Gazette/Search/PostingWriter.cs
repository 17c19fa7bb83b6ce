namespace Gazette.Search;

/// <summary>
/// Writes each key's lists (<see cref="PostingBytes"/>) from the run of its occurrences, in the order of documents and
/// places, into an arena (<see cref="PostingArena"/>): most keys of real text are in a document or two, and an array
/// each made millions of small objects for the collector to trace. Used from one thread at a time.
/// </summary>
/// <param name="starts">Where the documents of the occurrences start.</param>
/// <param name="total">How many documents the index holds, which decides when a document list is a bitmap.</param>
internal sealed class PostingWriter(DocumentStarts starts, int total)
{
    private readonly PostingArena _arena = new();
    private byte[] _places = new byte[256];
    private byte[] _documents = new byte[256];

    /// <summary>
    /// The key and lists of one run of occurrences of the same pair (<see cref="PairOccurrence.Pair"/>): a pair's
    /// document and place lists, or a single character's (a pair whose second character is 0) document list.
    /// </summary>
    public (ulong Key, PostingBytes Documents, PostingBytes Places) Write(ReadOnlySpan<PairOccurrence> run)
    {
        var key = (ulong)run[0].Pair << 32;
        var single = (run[0].Pair & 0xFFFF) == 0;
        // At most five bytes for each document's gap and for each place.
        Reserve(ref _documents, run.Length * 5);
        if (!single)
        {
            Reserve(ref _places, run.Length * 10);
        }

        var documents = 0;
        var documentBytes = 0;
        var placeBytes = 0;
        var lastDocument = -1;
        var lastPlace = 0;
        var pending = 0u;
        var index = 0;
        foreach (var (_, position) in run)
        {
            var (document, place) = starts.Locate(position, ref index);
            if (document != lastDocument)
            {
                if (!single)
                {
                    if (documents > 0)
                    {
                        VarInt.Write(_places, ref placeBytes, pending << 1);
                    }

                    VarInt.Write(_places, ref placeBytes, (uint)(document - lastDocument));
                    // The first place of a document is its gap from -1.
                    pending = (uint)place + 1;
                }

                VarInt.Write(_documents, ref documentBytes, (uint)(document - lastDocument));
                documents++;
                lastDocument = document;
            }
            else if (!single)
            {
                // Another place in the same document: the one before it is written with the bit that says one follows.
                VarInt.Write(_places, ref placeBytes, (pending << 1) | 1);
                pending = (uint)(place - lastPlace);
            }

            lastPlace = place;
        }

        if (single)
        {
            return (key, Documents(documents, documentBytes), default);
        }

        VarInt.Write(_places, ref placeBytes, pending << 1);
        return (key, Documents(documents, documentBytes), new PostingBytes(documents, false, Copied(_places.AsSpan(0, placeBytes))));
    }

    // The document list, as gaps or, when dense, as a bitmap.
    private PostingBytes Documents(int count, int length) =>
        PostingBytes.IsDense(count, total)
            ? PostingBytes.FromGaps(count, _documents.AsMemory(0, length), total)
            : new PostingBytes(count, false, Copied(_documents.AsSpan(0, length)));

    private ReadOnlyMemory<byte> Copied(ReadOnlySpan<byte> bytes)
    {
        var memory = _arena.Allocate(bytes.Length);
        bytes.CopyTo(memory.Span);
        return memory;
    }

    private static void Reserve(ref byte[] buffer, int size)
    {
        if (buffer.Length < size)
        {
            buffer = new byte[Math.Max(size, buffer.Length * 2)];
        }
    }
}
