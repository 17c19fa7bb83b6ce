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
    private ulong[] _scratch = new ulong[1024];

    /// <summary>How many documents were added.</summary>
    public int Documents { get; private set; }

    /// <summary>The title lists by key.</summary>
    public IReadOnlyDictionary<uint, PostingList> Title => _title;

    /// <summary>The body lists by key.</summary>
    public IReadOnlyDictionary<uint, PostingList> Body => _body;

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
        var count = 0;
        if (_scratch.Length < text.Length * 2)
        {
            _scratch = new ulong[text.Length * 2];
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (SearchText.IsSeparator(text[i]))
            {
                continue;
            }

            if (singles)
            {
                _scratch[count++] = ((ulong)Key('\0', text[i]) << 32) | (uint)i;
            }

            if (i + 1 < text.Length && !SearchText.IsSeparator(text[i + 1]))
            {
                _scratch[count++] = ((ulong)Key(text[i], text[i + 1]) << 32) | (uint)i;
            }
        }

        var entries = _scratch.AsSpan(0, count);
        entries.Sort();
        for (var start = 0; start < entries.Length;)
        {
            var key = (uint)(entries[start] >> 32);
            var end = start + 1;
            while (end < entries.Length && (uint)(entries[end] >> 32) == key)
            {
                end++;
            }

            if (!lists.TryGetValue(key, out var list))
            {
                list = new PostingList();
                lists[key] = list;
            }

            list.Add(document, entries[start..end]);
            start = end;
        }
    }
}
