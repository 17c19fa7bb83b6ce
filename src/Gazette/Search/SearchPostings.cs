namespace Gazette.Search;

/// <summary>
/// The postings of every key, gathered document by document: a key is a pair of adjacent characters of the normalised
/// text (<see cref="SearchText"/>) that are not whitespace, <c>(first &lt;&lt; 16) | second</c>, or, for titles only, a
/// single character, <c>character</c> (first is 0); each key has a list for titles and one for bodies.
/// </summary>
internal sealed class SearchPostings
{
    private readonly Dictionary<uint, PostingList> _title = [];
    private readonly Dictionary<uint, PostingList> _body = [];
    private readonly List<PostingList> _touched = [];

    /// <summary>How many documents were added.</summary>
    public int Documents { get; private set; }

    /// <summary>The title lists by key.</summary>
    public Dictionary<uint, PostingList> Title => _title;

    /// <summary>The body lists by key.</summary>
    public Dictionary<uint, PostingList> Body => _body;

    /// <summary>Adds the next document's title and body, as shown (they are normalised here).</summary>
    public void Add(string title, string body)
    {
        var document = Documents++;
        AddField(document, SearchText.Normalise(title), _title, singles: true);
        AddField(document, SearchText.Normalise(body), _body, singles: false);
    }

    /// <summary>The key of two adjacent characters, or of one (<paramref name="first"/> 0).</summary>
    public static uint Key(char first, char second) => ((uint)first << 16) | second;

    private void AddField(int document, string text, Dictionary<uint, PostingList> lists, bool singles)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (SearchText.IsSeparator(text[i]))
            {
                continue;
            }

            if (singles)
            {
                Place(lists, Key('\0', text[i]), i);
            }

            if (i + 1 < text.Length && !SearchText.IsSeparator(text[i + 1]))
            {
                Place(lists, Key(text[i], text[i + 1]), i);
            }
        }

        foreach (var list in _touched)
        {
            list.EndDocument(document);
        }

        _touched.Clear();
    }

    private void Place(Dictionary<uint, PostingList> lists, uint key, int place)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = new PostingList();
            lists[key] = list;
        }

        if (list.AddPlace(place))
        {
            _touched.Add(list);
        }
    }
}
