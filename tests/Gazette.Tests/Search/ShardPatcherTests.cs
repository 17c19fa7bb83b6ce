using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>Patching the last index after a body edit gives, byte for byte, the shards a fresh index would have.</summary>
public sealed class ShardPatcherTests
{
    private const string Alphabet = "养老保险待遇失业金人社局通知技能等级认定年月日的和";

    private static (List<byte[]> Shards, int Bits) Fresh(IReadOnlyList<(string Title, string Body)> documents)
    {
        var postings = new SearchPostings();
        foreach (var (title, body) in documents)
        {
            postings.Add(title, body);
        }

        var index = SearchIndexWriter.Write([.. documents.Select((d, i) => new SearchDocument(d.Title, $"/a/{i}.html", "2021-01-08", 2021, 0))], postings, [("资讯中心", "/zxzx/")]);
        var files = index.Files.ToDictionary(f => f.SitePath, f => f.Content);
        var manifest = System.Text.Json.JsonDocument.Parse(files[index.Manifest]).RootElement;
        var bits = manifest.GetProperty("shardBits").GetInt32();
        var directories = manifest.GetProperty("shards").GetString()!;
        var names = directories.Chunk(SearchIndexWriter.HashDigits)
            .SelectMany(d => System.Text.Encoding.ASCII.GetString(files[$"search/{new string(d)}.txt"]).Chunk(SearchIndexWriter.HashDigits))
            .Select(n => files[$"search/{new string(n)}.bin"]).ToList();
        return (names, bits);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Replacing_some_documents_postings_gives_the_shards_of_a_fresh_index(int seed)
    {
        var random = new Random(seed);
        string Text(int length) => new([.. Enumerable.Range(0, length).Select(_ => random.Next(10) == 0 ? ' ' : Alphabet[random.Next(Alphabet.Length)])]);
        var documents = Enumerable.Range(0, 300).Select(_ => (Title: Text(8), Body: Text(random.Next(0, 200)))).ToList();
        var (before, bits) = Fresh(documents);

        var edited = new Dictionary<int, SearchPostings>();
        foreach (var i in Enumerable.Range(0, 5).Select(_ => random.Next(documents.Count)).Distinct())
        {
            // A new body: longer, shorter, or with characters the index has never seen.
            documents[i] = (documents[i].Title, random.Next(3) switch { 0 => Text(250), 1 => string.Empty, _ => Text(20) + "社保卡换领" });
            var alone = new SearchPostings();
            alone.Add(documents[i].Title, documents[i].Body);
            edited[i] = alone;
        }

        var patched = ShardPatcher.Apply(before, bits, edited);
        var (after, freshBits) = Fresh(documents);

        if (freshBits != bits)
        {
            Assert.Null(patched);
            return;
        }

        Assert.NotNull(patched);
        Assert.Equal(after.Count, patched.Count);
        for (var shard = 0; shard < after.Count; shard++)
        {
            Assert.True(after[shard].AsSpan().SequenceEqual(patched[shard]), $"shard {shard} differs");
        }
    }

    [Fact]
    public void Bytes_that_are_no_shard_are_refused()
    {
        var edited = new Dictionary<int, SearchPostings> { [0] = new() };

        Assert.Null(ShardPatcher.Apply([[5, 1, 2]], 4, edited));
    }
}
