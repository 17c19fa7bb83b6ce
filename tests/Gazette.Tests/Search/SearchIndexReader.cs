using System.Text;
using System.Text.Json;
using Gazette.FileSystem;
using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>
/// Reads an index as the browser's script does (theme/assets/search.js), to check the format and the matching rule
/// in C#: a term of up to four characters by its document lists, a longer one where its four-character grams occur at
/// the right distances.
/// </summary>
internal sealed class SearchIndexReader(IReadOnlyDictionary<string, byte[]> files, string manifestPath)
{
    private readonly JsonElement _manifest = JsonDocument.Parse(files[manifestPath]).RootElement;

    /// <summary>The index the search page of a built site links, read from its output folder.</summary>
    public static SearchIndexReader Of(string output)
    {
        var files = Directory.EnumerateFiles(Path.Combine(output, "search")).ToDictionary(f => "search/" + Path.GetFileName(f), File.ReadAllBytes);
        var html = File.ReadAllText(Path.Combine(output, "search.html"));
        var manifest = System.Text.RegularExpressions.Regex.Match(html, "data-index=\"/(search/[0-9a-f]{10}\\.json)\"").Groups[1].Value;
        return new SearchIndexReader(files, manifest);
    }

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

    /// <summary>A document's top column, by number, from the column file.</summary>
    public int Column(int number) => Read(_manifest.GetProperty("columnFile").GetString()!, ".bin")[number];

    // Each document the term occurs in, with 1 when it is in its title.
    private Dictionary<int, int> Match(string term)
    {
        if (term.Length <= GramKey.MaxLength)
        {
            var (title, body) = Lists("document", GramKey.Of(term), places: false);
            var found = body.Keys.ToDictionary(d => d, _ => 0);
            foreach (var document in title.Keys)
            {
                found[document] = 1;
            }

            // A single character is looked for in titles only.
            return term.Length == 1 ? found.Where(f => f.Value == 1).ToDictionary() : found;
        }

        var offsets = Enumerable.Range(0, term.Length - GramKey.MaxLength + 1).Where(o => o % GramKey.MaxLength == 0 || o == term.Length - GramKey.MaxLength).ToList();
        var keys = offsets.Select(o => GramKey.Of(term.AsSpan(o))).ToList();
        var documents = keys.Select(k => Lists("document", k, places: false)).ToList();
        var candidates = (Title: Common(documents.Select(d => d.Title)), Body: Common(documents.Select(d => d.Body)));
        var result = new Dictionary<int, int>();
        if (candidates.Title.Count + candidates.Body.Count == 0)
        {
            return result;
        }

        var places = keys.Select(k => Lists("place", k, places: true)).ToList();
        foreach (var (field, inTitle) in new[] { (0, 1), (1, 0) })
        {
            foreach (var document in field == 0 ? candidates.Title : candidates.Body)
            {
                var at = places.Select(p => (field == 0 ? p.Title : p.Body)[document]).ToList();
                if (at[0].Any(p => offsets.Select((o, i) => (o, i)).All(x => at[x.i].Contains(p + x.o))))
                {
                    result[document] = Math.Max(result.GetValueOrDefault(document), inTitle);
                }
            }
        }

        return result;
    }

    private static HashSet<int> Common(IEnumerable<Dictionary<int, HashSet<int>>> lists)
    {
        HashSet<int>? common = null;
        foreach (var list in lists)
        {
            common = common is null ? [.. list.Keys] : [.. common.Where(list.ContainsKey)];
        }

        return common ?? [];
    }

    // A key's title and body lists in one kind of shard: each document with its places (none in a document list).
    private (Dictionary<int, HashSet<int>> Title, Dictionary<int, HashSet<int>> Body) Lists(string kind, ulong key, bool places)
    {
        var bits = _manifest.GetProperty(kind + "Bits").GetInt32();
        var data = Read(Name(_manifest.GetProperty(kind + "Shards").GetString()!, GramKey.ShardOf(key, bits)), ".bin");
        var entry = ShardCodec.Decode(data)!.FirstOrDefault(e => e.Key == key);
        return (Decode(entry.Title, places), Decode(entry.Body, places));
    }

    // Decoded independently of PostingBytes.Items, from the format as the README gives it.
    internal static Dictionary<int, HashSet<int>> Decode(PostingBytes list, bool places)
    {
        var result = new Dictionary<int, HashSet<int>>();
        var data = list.Bytes.Span;
        if (list.Bitmap)
        {
            for (var d = 0; d < data.Length * 8; d++)
            {
                if ((data[d / 8] >> (d % 8) & 1) == 1)
                {
                    result[d] = [];
                }
            }

            return result;
        }

        var offset = 0;
        var document = -1;
        for (var i = 0; i < list.Documents; i++)
        {
            document += (int)VarInt.Read(data, ref offset);
            var at = new HashSet<int>();
            for (int place = -1, more = places ? 1 : 0; more == 1;)
            {
                var value = (int)VarInt.Read(data, ref offset);
                at.Add(place += value >> 1);
                more = value & 1;
            }

            result[document] = at;
        }

        return result;
    }

    // The name of entry `index` of a list kept in directories: the directory's hash in the manifest, then the entry's in it.
    private string Name(string directories, int index)
    {
        var size = _manifest.GetProperty("directorySize").GetInt32();
        var directory = directories.Substring(index / size * ContentHash.Digits, ContentHash.Digits);
        var names = Encoding.ASCII.GetString(Read(directory, ".txt"));
        return names.Substring(index % size * ContentHash.Digits, ContentHash.Digits);
    }

    private byte[] Read(string hash, string extension)
    {
        var path = SearchIndex.Folder + hash + extension;
        Fetched.Add(path);
        return files[path];
    }
}
