namespace Gazette.Search;

/// <summary>
/// The postings of titles and bodies (<see cref="FieldPostings"/>), gathered document by document, and handed over as
/// the entries of the index's two kinds of shards: document lists of every key (1 to 4 characters) and place lists of
/// every key of 4.
/// </summary>
internal sealed class SearchPostings
{
    private readonly FieldPostings _title = new(singles: true);
    private readonly FieldPostings _body = new(singles: false);
    private char[] _buffer = new char[1024];
    private int _lastDocument = -1;

    /// <summary>Adds a document's title and body, as shown (they are normalised here); documents come in increasing order.</summary>
    public void Add(int document, string title, string body)
    {
        if (document <= _lastDocument)
        {
            throw new ArgumentOutOfRangeException(nameof(document), document, "documents are added in increasing order");
        }

        _lastDocument = document;
        _title.Add(document, Normalised(title));
        _body.Add(document, Normalised(body));
    }

    /// <summary>The entries of the document shards and of the place shards, for an index of <paramref name="total"/> documents.</summary>
    public (List<ShardEntry> Documents, List<ShardEntry> Places) Take(int total)
    {
        var titles = _title.Take(total).ToDictionary(t => t.Key);
        var documents = new List<ShardEntry>(titles.Count);
        var places = new List<ShardEntry>();
        foreach (var (key, body, bodyPlaces) in _body.Take(total))
        {
            titles.Remove(key, out var title);
            documents.Add(new ShardEntry(key, title.Documents, body));
            if (GramKey.Length(key) == GramKey.MaxLength)
            {
                places.Add(new ShardEntry(key, title.Places, bodyPlaces));
            }
        }

        foreach (var (key, title, titlePlaces) in titles.Values)
        {
            documents.Add(new ShardEntry(key, title, default));
            if (GramKey.Length(key) == GramKey.MaxLength)
            {
                places.Add(new ShardEntry(key, titlePlaces, default));
            }
        }

        return (documents, places);
    }

    private ReadOnlySpan<char> Normalised(string text)
    {
        if (_buffer.Length < text.Length)
        {
            _buffer = new char[Math.Max(text.Length, _buffer.Length * 2)];
        }

        SearchText.NormaliseForIndex(text, _buffer);
        return _buffer.AsSpan(0, text.Length);
    }
}
