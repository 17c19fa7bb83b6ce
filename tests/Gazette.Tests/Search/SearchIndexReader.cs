using System.Text;
using System.Text.Json;
using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>
/// Reads an index as the browser's script does (theme/assets/search.js), to check the format and the matching rule
/// in C#: a term of two or more characters matches where all its pairs of characters occur at consecutive places.
/// </summary>
internal sealed class SearchIndexReader(IReadOnlyDictionary<string, byte[]> files, string manifestPath)
{
    private readonly JsonElement _manifest = JsonDocument.Parse(files[manifestPath]).RootElement;

    /// <summary>The files the last query read, by site path.</summary>
    public HashSet<string> Fetched { get; } = new(StringComparer.Ordinal);

    /// <summary>The documents holding every term, by number, with how many terms each holds in its title.</summary>
    public Dictionary<int, int> Query(string query)
    {
        Fetched.Clear();
        var terms = SearchText.Normalise(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        Dictionary<int, int>? result = null;
        foreach (var term in terms)
        {
            var matches = Match(term);
            result = result is null ? matches : result.Where(r => matches.ContainsKey(r.Key)).ToDictionary(r => r.Key, r => r.Value + matches[r.Key]);
        }

        return result ?? [];
    }

    /// <summary>A document's title, address and date.</summary>
    public (string Title, string Link, string Date) Document(int number)
    {
        var size = _manifest.GetProperty("chunkSize").GetInt32();
        var chunk = JsonDocument.Parse(Read(Name(_manifest.GetProperty("chunks").GetString()!, number / size), ".json")).RootElement[number % size];
        return (chunk[0].GetString()!, chunk[1].GetString()!, chunk[2].GetString()!);
    }

    // Each document the term occurs in, with 1 when it is in its title.
    private Dictionary<int, int> Match(string term)
    {
        if (term.Length == 1)
        {
            return Lists(SearchPostings.Key('\0', term[0])).Title.ToDictionary(d => d.Key, _ => 1);
        }

        var offsets = Enumerable.Range(0, term.Length - 1).Where(o => o % 2 == 0 || o == term.Length - 2).ToList();
        var lists = offsets.Select(o => Lists(SearchPostings.Key(term[o], term[o + 1]))).ToList();
        var result = new Dictionary<int, int>();
        foreach (var (field, inTitle) in new[] { (0, 1), (1, 0) })
        {
            var first = field == 0 ? lists[0].Title : lists[0].Body;
            foreach (var (document, places) in first)
            {
                var found = places.Any(p => offsets.Select((o, i) => (o, i)).All(x =>
                    (field == 0 ? lists[x.i].Title : lists[x.i].Body).TryGetValue(document, out var at) && at.Contains(p + x.o)));
                if (found)
                {
                    result[document] = Math.Max(result.GetValueOrDefault(document), inTitle);
                }
            }
        }

        return result;
    }

    private (Dictionary<int, HashSet<int>> Title, Dictionary<int, HashSet<int>> Body) Lists(uint key)
    {
        var bits = _manifest.GetProperty("shardBits").GetInt32();
        var data = Read(Name(_manifest.GetProperty("shards").GetString()!, SearchIndexWriter.ShardOf(key, bits)), ".bin");
        var offset = 0;
        var count = VarInt.Read(data, ref offset);
        var headers = new List<(uint Key, uint TitleDocuments, uint TitleBytes, uint BodyDocuments, uint BodyBytes)>();
        for (var i = 0; i < count; i++)
        {
            headers.Add((VarInt.Read(data, ref offset), VarInt.Read(data, ref offset), VarInt.Read(data, ref offset), VarInt.Read(data, ref offset), VarInt.Read(data, ref offset)));
        }

        foreach (var header in headers)
        {
            if (header.Key == key)
            {
                var title = Decode(data, offset, header.TitleDocuments);
                var body = Decode(data, offset + (int)header.TitleBytes, header.BodyDocuments);
                return (title, body);
            }

            offset += (int)(header.TitleBytes + header.BodyBytes);
        }

        return ([], []);
    }

    private static Dictionary<int, HashSet<int>> Decode(byte[] data, int offset, uint documents)
    {
        var result = new Dictionary<int, HashSet<int>>();
        var document = -1;
        for (var i = 0; i < documents; i++)
        {
            document += (int)VarInt.Read(data, ref offset);
            var places = new HashSet<int>();
            var place = 0;
            for (var count = VarInt.Read(data, ref offset); count > 0; count--)
            {
                place += (int)VarInt.Read(data, ref offset);
                places.Add(place);
            }

            result[document] = places;
        }

        return result;
    }

    // The name of entry `index` of a list kept in directories: the directory's hash in the manifest, then the entry's in it.
    private string Name(string directories, int index)
    {
        var size = _manifest.GetProperty("directorySize").GetInt32();
        var directory = directories.Substring(index / size * SearchIndexWriter.HashDigits, SearchIndexWriter.HashDigits);
        var names = Encoding.ASCII.GetString(Read(directory, ".txt"));
        return names.Substring(index % size * SearchIndexWriter.HashDigits, SearchIndexWriter.HashDigits);
    }

    private byte[] Read(string hash, string extension)
    {
        var path = SearchIndex.Folder + hash + extension;
        Fetched.Add(path);
        return files[path];
    }
}
