using System.Buffers;
using System.Text;
using System.Text.Json;
using Gazette.FileSystem;

namespace Gazette.Search;

/// <summary>
/// Writes the index a browser searches with no server: the postings in two kinds of shards (<see cref="ShardSet"/>),
/// document lists of every key of one or two characters and place lists of every key of two, so that a query
/// fetches only the shards of its keys; the documents' titles, addresses and dates in chunks of
/// <see cref="ChunkSize"/>, with their top column; each document's top column in one byte, read only to filter by
/// column; and a manifest. Every file is named by a hash of its content, so a cache never serves a stale one; the
/// lists of shard and chunk names are themselves split into directories of <see cref="DirectorySize"/> names, so the
/// manifest stays small however large the archive grows.
/// The format is described in the README ("Search").
/// </summary>
internal static class SearchIndexWriter
{
    /// <summary>Documents per chunk of titles, addresses and dates.</summary>
    public const int ChunkSize = 32;

    /// <summary>Names per directory file.</summary>
    public const int DirectorySize = 64;

    /// <summary>
    /// The index of the documents, in order, their texts added to <paramref name="postings"/> with their numbers, with
    /// the columns they are filtered by. The postings are handed over to the shards. With <paramref name="emit"/>,
    /// each file goes there as soon as it is made (from any thread), and the index lists none.
    /// </summary>
    public static SearchIndex Write(IReadOnlyList<SearchDocument> documents, SearchPostings postings, IReadOnlyList<(string Name, string Link)> columns, Action<string, byte[]>? emit = null)
    {
        var (documentShards, placeShards) = postings.Shards(documents.Count);
        return Assemble(documents, documentShards, placeShards, columns, emit);
    }

    /// <summary>As <see cref="Write(IReadOnlyList{SearchDocument}, SearchPostings, IReadOnlyList{ValueTuple{string, string}}, Action{string, byte[]})"/>, the postings spilled to disk segment by segment.</summary>
    public static SearchIndex Write(IReadOnlyList<SearchDocument> documents, PostingSpill spill, IReadOnlyList<(string Name, string Link)> columns, Action<string, byte[]>? emit = null) =>
        Assemble(documents, Made(spill.Shards(places: false, documents.Count)), Made(spill.Shards(places: true, documents.Count)), columns, emit);

    /// <summary>Shards already made, as <see cref="Assemble"/> takes them.</summary>
    public static (int Bits, IEnumerable<Func<byte[]>> Shards) Made((int Bits, IEnumerable<byte[]> Shards) shards) =>
        (shards.Bits, shards.Shards.Select(shard => (Func<byte[]>)(() => shard)));

    /// <summary>
    /// The index's files around its shards (each kind: how many bits pick a shard, and in order what makes each shard,
    /// which is called once, from any thread). With <paramref name="emit"/>, each file goes there as soon as it is
    /// made (from any thread), and the index lists none.
    /// </summary>
    public static SearchIndex Assemble(
        IReadOnlyList<SearchDocument> documents,
        (int Bits, IEnumerable<Func<byte[]>> Shards) documentShards,
        (int Bits, IEnumerable<Func<byte[]>> Shards) placeShards,
        IReadOnlyList<(string Name, string Link)> columns,
        Action<string, byte[]>? emit = null)
    {
        var files = new IndexFiles(emit);
        var documentNames = files.AddAll(documentShards.Shards, ".bin");
        var placeNames = files.AddAll(placeShards.Shards, ".bin");
        var chunkNames = files.AddAll(documents.Chunk(ChunkSize).Select(chunk => (Func<byte[]>)(() => Chunk(chunk))), ".json");
        var columnFile = files.Add([.. documents.Select(d => (byte)Math.Min(d.Column, 255))], ".bin");
        var manifest = Manifest(documents, columns, (documentShards.Bits, Directories(files, documentNames)), (placeShards.Bits, Directories(files, placeNames)), Directories(files, chunkNames), columnFile);
        var manifestName = files.Add(manifest, ".json");
        return new SearchIndex(SearchIndex.Folder + manifestName, files.Kept);
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
            json.WriteNumberValue(document.Column);
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
    private static string Directories(IndexFiles files, List<string> names) =>
        string.Concat(names.Chunk(DirectorySize).Select(part => files.Add(Encoding.ASCII.GetBytes(string.Concat(part.Select(HashOf))), ".txt")).Select(HashOf));

    private static string HashOf(string name) => name[..ContentHash.Digits];

    private static byte[] Manifest(IReadOnlyList<SearchDocument> documents, IReadOnlyList<(string Name, string Link)> columns, (int Bits, string Directories) documentShards, (int Bits, string Directories) placeShards, string chunkDirectories, string columnFile)
        => Json(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", SearchIndex.Version);
            json.WriteNumber("gram", GramKey.MaxLength);
            json.WriteNumber("documents", documents.Count);
            json.WriteNumber("chunkSize", ChunkSize);
            json.WriteNumber("directorySize", DirectorySize);
            json.WriteNumber("documentBits", documentShards.Bits);
            json.WriteString("documentShards", documentShards.Directories);
            json.WriteNumber("placeBits", placeShards.Bits);
            json.WriteString("placeShards", placeShards.Directories);
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

    // The files made so far, by name; or, with somewhere to emit them, only their names. Files may be added from many
    // threads at once, and each is emitted once, however many times its content comes.
    private sealed class IndexFiles(Action<string, byte[]>? emit)
    {
        // Files hashed and emitted together: enough to keep every core busy, few enough that a streamed list of shards
        // (PostingSpill's) is never held whole.
        private const int Batch = 64;

        private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

        public System.Collections.Immutable.ImmutableArray<(string SitePath, byte[] Content)> Kept =>
            emit is null ? [.. _files.Select(f => (SearchIndex.Folder + f.Key, f.Value))] : [];

        /// <summary>Makes and adds each of <paramref name="contents"/>, a batch at a time on every core; their names, in order.</summary>
        public List<string> AddAll(IEnumerable<Func<byte[]>> contents, string extension)
        {
            var names = new List<string>();
            foreach (var batch in contents.Chunk(Batch))
            {
                var batchNames = new string[batch.Length];
                Parallel.For(0, batch.Length, i => batchNames[i] = Add(batch[i](), extension));
                names.AddRange(batchNames);
            }

            return names;
        }

        public string Add(byte[] content, string extension)
        {
            var name = ContentHash.Of(content) + extension;
            bool added;
            lock (_files)
            {
                added = _files.TryAdd(name, emit is null ? content : []);
            }

            if (added)
            {
                emit?.Invoke(SearchIndex.Folder + name, content);
            }

            return name;
        }
    }
}
