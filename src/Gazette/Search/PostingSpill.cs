namespace Gazette.Search;

/// <summary>
/// The postings of an archive too large to hold at once: gathered a segment of documents at a time, each segment's
/// entries written to runs on disk (<see cref="SpillFile"/>, one for the document lists and one for the place lists),
/// then merged key by key into the shards, which come out one at a time. Memory stays that of one segment's postings
/// and one shard, whatever the archive's size; the shards are byte for byte those of one pass over every document.
/// </summary>
internal sealed class PostingSpill : IDisposable
{
    private readonly string _folder;
    private readonly List<string> _documentRuns = [];
    private readonly List<string> _placeRuns = [];

    /// <summary>Spills to a new folder at <paramref name="folder"/>, whatever an earlier build left there removed first.</summary>
    public PostingSpill(string folder)
    {
        _folder = folder;
        Delete();
        Directory.CreateDirectory(folder);
    }

    /// <summary>How many segments were spilled.</summary>
    public int Segments => _documentRuns.Count;

    /// <summary>
    /// Spills a segment's postings, for an index of <paramref name="total"/> documents. Segments come in document order:
    /// every document of one before every document of the next.
    /// </summary>
    public void Add(SearchPostings segment, int total)
    {
        var (documents, places) = segment.Take(total);
        var name = Segments.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        _documentRuns.Add(Path.Combine(_folder, name + ".documents"));
        _placeRuns.Add(Path.Combine(_folder, name + ".places"));
        SpillFile.Write(_documentRuns[^1], documents);
        documents.Clear();
        SpillFile.Write(_placeRuns[^1], places);
    }

    /// <summary>
    /// The shards of one kind (<paramref name="places"/>: place lists, else document lists) for an index of
    /// <paramref name="total"/> documents: how many bits pick a shard, and the shards in order, made as they are read.
    /// </summary>
    public (int Bits, IEnumerable<byte[]> Shards) Shards(bool places, int total)
    {
        var merged = Path.Combine(_folder, places ? "merged.places" : "merged.documents");
        var size = Merge(places ? _placeRuns : _documentRuns, merged, places, total);
        var bits = ShardSet.BitsFor(size, places);
        return (bits, Group(merged, bits));
    }

    /// <inheritdoc />
    public void Dispose() => Delete();

    private void Delete()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // Merges the runs into one, each key's lists joined in segment order; returns the size the shards are cut by.
    private static long Merge(List<string> runs, string merged, bool places, int total)
    {
        var readers = runs.Select(r => SpillFile.Read(r).GetEnumerator()).ToArray();
        var current = new ShardEntry?[readers.Length];
        var size = 0L;
        var titles = new List<PostingBytes>();
        var bodies = new List<PostingBytes>();
        try
        {
            for (var i = 0; i < readers.Length; i++)
            {
                current[i] = readers[i].MoveNext() ? readers[i].Current : null;
            }

            using var writer = new SpillFile.Writer(merged);
            while (Smallest(current) is { } key)
            {
                titles.Clear();
                bodies.Clear();
                for (var i = 0; i < readers.Length; i++)
                {
                    if (current[i] is { } entry && entry.Key == key)
                    {
                        titles.Add(entry.Title);
                        bodies.Add(entry.Body);
                        current[i] = readers[i].MoveNext() ? readers[i].Current : null;
                    }
                }

                var joined = new ShardEntry(key, Joined(titles, places, total), Joined(bodies, places, total));
                writer.Add(joined);
                size += joined.Size;
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }

        foreach (var run in runs)
        {
            File.Delete(run);
        }

        return size;
    }

    // A key's list from its lists in the segments: one holding documents is already what a single pass makes, since the
    // form (bitmap or gaps) depends on the count and the count is the same.
    private static PostingBytes Joined(List<PostingBytes> lists, bool places, int total)
    {
        var holding = lists.Count(l => l.Documents > 0);
        return holding switch
        {
            0 => default,
            1 => lists.First(l => l.Documents > 0),
            _ => PostingBytes.Concatenate(lists, places, total),
        };
    }

    private static ulong? Smallest(ShardEntry?[] current)
    {
        ulong? smallest = null;
        foreach (var entry in current)
        {
            if (entry is { } e && (smallest is not { } s || SpillFile.Compare(e.Key, s) < 0))
            {
                smallest = e.Key;
            }
        }

        return smallest;
    }

    // The shards of 2^bits from the merged run: a shard is a run of buckets, its keys sorted as a shard holds them.
    private static IEnumerable<byte[]> Group(string merged, int bits)
    {
        var group = new List<ShardEntry>();
        var shard = 0;
        foreach (var entry in SpillFile.Read(merged))
        {
            var of = GramKey.ShardOf(entry.Key, bits);
            for (; shard < of; shard++)
            {
                yield return Encoded(group);
            }

            group.Add(entry);
        }

        for (; shard < 1 << bits; shard++)
        {
            yield return Encoded(group);
        }

        File.Delete(merged);
    }

    private static byte[] Encoded(List<ShardEntry> group)
    {
        group.Sort((a, b) => a.Key.CompareTo(b.Key));
        var shard = ShardCodec.Encode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(group));
        group.Clear();
        return shard;
    }
}
