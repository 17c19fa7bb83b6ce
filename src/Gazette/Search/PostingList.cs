namespace Gazette.Search;

/// <summary>
/// The documents one key occurs in, and where, appended document by document in increasing order: for each, the gap
/// from the last document, the number of places, and the places as gaps (the first from 0), all as <see cref="VarInt"/>.
/// </summary>
internal sealed class PostingList
{
    private byte[] _bytes = new byte[16];
    private int _length;
    private int _lastDocument = -1;

    /// <summary>How many documents the key occurs in.</summary>
    public int Documents { get; private set; }

    /// <summary>The encoded list.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, _length);

    /// <summary>Adds a document after every one added so far, with its places in increasing order.</summary>
    public void Add(int document, ReadOnlySpan<ulong> places)
    {
        VarInt.Write(ref _bytes, ref _length, (uint)(document - _lastDocument));
        VarInt.Write(ref _bytes, ref _length, (uint)places.Length);
        var last = 0u;
        foreach (var place in places)
        {
            var position = (uint)place;
            VarInt.Write(ref _bytes, ref _length, position - last);
            last = position;
        }

        _lastDocument = document;
        Documents++;
    }
}
