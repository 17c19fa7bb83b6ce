namespace Gazette.Search;

/// <summary>
/// The documents one key occurs in, and where, appended document by document in increasing order: for each, the gap
/// from the last document, the number of places, and the places as gaps (the first from 0), all as <see cref="VarInt"/>.
/// The places of the document being read are gathered first and encoded when it is done (<see cref="EndDocument"/>).
/// </summary>
internal sealed class PostingList
{
    private byte[] _bytes = new byte[16];
    private int _length;
    private int _lastDocument = -1;
    private int[] _places = new int[4];
    private int _placeCount;

    /// <summary>How many documents the key occurs in.</summary>
    public int Documents { get; private set; }

    /// <summary>The encoded list.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, _length);

    /// <summary>The encoded list, to keep without copying once the list is complete.</summary>
    public ReadOnlyMemory<byte> Memory => _bytes.AsMemory(0, _length);

    /// <summary>Adds a place of the key in the document being read; returns whether it is the key's first there.</summary>
    public bool AddPlace(int place)
    {
        if (_placeCount == _places.Length)
        {
            Array.Resize(ref _places, _places.Length * 2);
        }

        _places[_placeCount++] = place;
        return _placeCount == 1;
    }

    /// <summary>Encodes the places gathered for <paramref name="document"/>, which comes after every document added so far.</summary>
    public void EndDocument(int document)
    {
        VarInt.Write(ref _bytes, ref _length, (uint)(document - _lastDocument));
        VarInt.Write(ref _bytes, ref _length, (uint)_placeCount);
        var last = 0;
        for (var i = 0; i < _placeCount; i++)
        {
            VarInt.Write(ref _bytes, ref _length, (uint)(_places[i] - last));
            last = _places[i];
        }

        _lastDocument = document;
        _placeCount = 0;
        Documents++;
    }
}
