namespace Gazette.Search;

/// <summary>
/// The postings of titles and bodies (<see cref="FieldPostings"/>), gathered document by document, in partitions of
/// the keys that are filled in parallel, and handed over as the entries of the index's two kinds of shards: document
/// lists of every key (1 or 2 characters) and place lists of every key of 2.
/// </summary>
internal sealed class SearchPostings
{
    private readonly FieldPostings[] _titles;
    private readonly FieldPostings[] _bodies;
    private int _lastDocument = -1;

    /// <summary>Postings in <paramref name="partitions"/> partitions: as many as the cores that fill them.</summary>
    public SearchPostings(int partitions = 1)
    {
        _titles = [.. Enumerable.Range(0, partitions).Select(p => new FieldPostings(singles: true, p, partitions))];
        _bodies = [.. Enumerable.Range(0, partitions).Select(p => new FieldPostings(singles: false, p, partitions))];
    }

    /// <summary>Adds a document's title and body, as shown (they are normalised here); documents come in increasing order.</summary>
    public void Add(int document, string title, string body) =>
        AddNormalised(document, [Normalised(title)], [Normalised(body)], CancellationToken.None);

    /// <summary>
    /// Adds documents <paramref name="first"/>, <paramref name="first"/> + 1 … whose titles and bodies are already
    /// normalised (<see cref="SearchText.NormaliseForIndex"/>), each partition on its own core; the text is not kept.
    /// </summary>
    public void AddNormalised(int first, IReadOnlyList<ReadOnlyMemory<char>> titles, IReadOnlyList<ReadOnlyMemory<char>> bodies, CancellationToken cancellationToken)
    {
        if (first <= _lastDocument)
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, "documents are added in increasing order");
        }

        _lastDocument = first + titles.Count - 1;
        Parallel.For(0, _titles.Length, new ParallelOptions { CancellationToken = cancellationToken }, p =>
        {
            _titles[p].Add(first, titles);
            _bodies[p].Add(first, bodies);
        });
    }

    /// <summary>The entries of the document shards and of the place shards, for an index of <paramref name="total"/> documents.</summary>
    public (List<ShardEntry> Documents, List<ShardEntry> Places) Take(int total)
    {
        var (documents, places) = TakeParts(total);
        return (Joined(documents), Joined(places));
    }

    /// <summary>As <see cref="Take(int)"/>, the entries of each partition in a list of their own, which saves copying them all into one.</summary>
    public (List<ShardEntry>[] Documents, List<ShardEntry>[] Places) TakeParts(int total)
    {
        var parts = new (List<ShardEntry> Documents, List<ShardEntry> Places)[_titles.Length];
        Parallel.For(0, parts.Length, p => parts[p] = Take(_titles[p], _bodies[p], total));
        return ([.. parts.Select(p => p.Documents)], [.. parts.Select(p => p.Places)]);
    }

    // The partitions' entries in one list, each partition's let go once copied.
    private static List<ShardEntry> Joined(List<ShardEntry>[] parts)
    {
        var joined = new List<ShardEntry>(parts.Sum(l => l.Count));
        foreach (var list in parts)
        {
            joined.AddRange(list);
            list.Clear();
        }

        return joined;
    }

    private static (List<ShardEntry> Documents, List<ShardEntry> Places) Take(FieldPostings titleField, FieldPostings bodyField, int total)
    {
        var titles = titleField.Take(total).ToDictionary(t => t.Key);
        var bodies = bodyField.Take(total);
        var documents = new List<ShardEntry>(titles.Count + bodies.Count);
        var places = new List<ShardEntry>(titles.Count + bodies.Count);
        foreach (var (key, body, bodyPlaces) in bodies)
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

    /// <summary>The text normalised for the index, in an array of its own.</summary>
    public static char[] Normalised(string text)
    {
        var normalised = new char[text.Length];
        SearchText.NormaliseForIndex(text, normalised);
        return normalised;
    }
}
