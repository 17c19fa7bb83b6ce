using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;

namespace Gazette.Search;

/// <summary>
/// Writes the index a browser searches with no server: the postings split by key into shards, so that a query fetches
/// only the shards of its keys; the documents' titles, addresses and dates in chunks of <see cref="ChunkSize"/>; each
/// document's top column in one byte; and a manifest. Every file is named by a hash of its content, so a cache never
/// serves a stale one; the lists of shard and chunk names are themselves split into directories of
/// <see cref="DirectorySize"/> names, so the manifest stays small however large the archive grows.
/// The format is described in the README ("Search").
/// </summary>
internal static class SearchIndexWriter
{
    /// <summary>Documents per chunk of titles, addresses and dates.</summary>
    public const int ChunkSize = 64;

    /// <summary>Names per directory file.</summary>
    public const int DirectorySize = 64;

    /// <summary>How large a shard is meant to be, before compression.</summary>
    public const int ShardTarget = 48 * 1024;

    /// <summary>Hexadecimal digits of a file's content hash in its name.</summary>
    public const int HashDigits = 10;

    /// <summary>
    /// The index of the documents, in order, their texts added to <paramref name="postings"/> in the same order, with the
    /// columns they are filtered by. The postings are emptied as their shards are written.
    /// </summary>
    public static SearchIndex Write(IReadOnlyList<SearchDocument> documents, SearchPostings postings, IReadOnlyList<(string Name, string Link)> columns)
    {
        var keys = postings.Title.Keys.Union(postings.Body.Keys).Order().ToList();
        var bits = ShardBits(keys.Sum(k => (long)Length(postings.Title, k) + Length(postings.Body, k) + 12));
        return Assemble(documents, Shards(postings, keys, bits), bits, columns);
    }

    /// <summary>The index's files around its shards (2^<paramref name="bits"/> of them, in order).</summary>
    public static SearchIndex Assemble(IReadOnlyList<SearchDocument> documents, IReadOnlyList<byte[]> shards, int bits, IReadOnlyList<(string Name, string Link)> columns)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var shardNames = shards.Select(shard => Add(files, shard, ".bin")).ToList();
        var chunkNames = documents.Chunk(ChunkSize).Select(chunk => Add(files, Chunk(chunk), ".json")).ToList();
        var columnFile = Add(files, [.. documents.Select(d => (byte)Math.Min(d.Column, 255))], ".bin");
        var manifest = Manifest(documents, columns, bits, Directories(files, shardNames), Directories(files, chunkNames), columnFile);
        var manifestName = Add(files, manifest, ".json");
        return new SearchIndex(SearchIndex.Folder + manifestName, [.. files.Select(f => (SearchIndex.Folder + f.Key, f.Value))]);
    }

    /// <summary>How many bits of a key's hash pick its shard, for postings of <paramref name="total"/> bytes (<see cref="ShardEntry.Size"/>).</summary>
    public static int ShardBits(long total)
    {
        var bits = 4;
        while (bits < 16 && (total >> bits) > ShardTarget)
        {
            bits++;
        }

        return bits;
    }

    /// <summary>The shard of a key among 2^<paramref name="bits"/>: the top bits of a multiplicative hash (the script's Math.imul).</summary>
    public static int ShardOf(uint key, int bits) => (int)((key * 0x9E3779B1u) >> (32 - bits));

    private static int Length(Dictionary<uint, PostingList> lists, uint key) => lists.TryGetValue(key, out var list) ? list.Bytes.Length : 0;

    // Each shard's keys, their lists released as the shard is encoded.
    private static List<byte[]> Shards(SearchPostings postings, List<uint> keys, int bits)
    {
        var byShard = keys.GroupBy(k => ShardOf(k, bits)).ToDictionary(g => g.Key, g => g.ToList());
        var shards = new List<byte[]>(1 << bits);
        for (var shard = 0; shard < 1 << bits; shard++)
        {
            var entries = new List<ShardEntry>();
            foreach (var key in byShard.GetValueOrDefault(shard) ?? [])
            {
                postings.Title.Remove(key, out var title);
                postings.Body.Remove(key, out var body);
                entries.Add(new ShardEntry(key, title?.Documents ?? 0, title?.Memory ?? default, body?.Documents ?? 0, body?.Memory ?? default));
            }

            shards.Add(ShardCodec.Encode(entries));
        }

        return shards;
    }

    private static byte[] Chunk(SearchDocument[] chunk) => Json(json =>
    {
        json.WriteStartArray();
        foreach (var document in chunk)
        {
            json.WriteStartArray();
            json.WriteStringValue(document.Title);
            json.WriteStringValue(document.Link);
            json.WriteStringValue(document.Date);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    });

    // Characters as they are, not escaped: the files are read only as JSON, and Chinese text stays a third the size.
    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return buffer.WrittenSpan.ToArray();
    }

    // The names of a list of files, DirectorySize to a directory file of concatenated hashes; the directories' hashes, concatenated.
    private static string Directories(SortedDictionary<string, byte[]> files, List<string> names) =>
        string.Concat(names.Chunk(DirectorySize).Select(part => Add(files, Encoding.ASCII.GetBytes(string.Concat(part.Select(HashOf))), ".txt")).Select(HashOf));

    private static string HashOf(string name) => name[..HashDigits];

    private static byte[] Manifest(IReadOnlyList<SearchDocument> documents, IReadOnlyList<(string Name, string Link)> columns, int bits, string shardDirectories, string chunkDirectories, string columnFile)
        => Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", SearchIndex.Version);
            json.WriteNumber("documents", documents.Count);
            json.WriteNumber("shardBits", bits);
            json.WriteNumber("chunkSize", ChunkSize);
            json.WriteNumber("directorySize", DirectorySize);
            json.WriteString("shards", shardDirectories);
            json.WriteString("chunks", chunkDirectories);
            json.WriteString("columnFile", HashOf(columnFile));
            json.WriteStartArray("columns");
            foreach (var (name, link) in columns)
            {
                json.WriteStartArray();
                json.WriteStringValue(name);
                json.WriteStringValue(link);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("years");
            foreach (var run in YearRuns(documents))
            {
                json.WriteStartArray();
                json.WriteNumberValue(run.Year);
                json.WriteNumberValue(run.First);
                json.WriteNumberValue(run.Count);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteString("simplified", SearchText.TraditionalToSimplified);
            json.WriteEndObject();
        });

    // Documents come newest first, so a year is one run; a run per change keeps the format right whatever the order.
    private static IEnumerable<(int Year, int First, int Count)> YearRuns(IReadOnlyList<SearchDocument> documents)
    {
        for (var start = 0; start < documents.Count;)
        {
            var end = start + 1;
            while (end < documents.Count && documents[end].Year == documents[start].Year)
            {
                end++;
            }

            yield return (documents[start].Year, start, end - start);
            start = end;
        }
    }

    private static string Add(SortedDictionary<string, byte[]> files, byte[] content, string extension)
    {
        var name = XxHash3.HashToUInt64(content).ToString("x16", CultureInfo.InvariantCulture)[..HashDigits] + extension;
        files[name] = content;
        return name;
    }
}
