using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>Patching the last index after a body edit gives, byte for byte, the shards a fresh index would have.</summary>
public sealed class ShardPatcherTests
{
    private const string Alphabet = "养老保险待遇失业金人社局通知技能等级认定年月日的和";

    private static (ShardSet Documents, ShardSet Places) Fresh(IReadOnlyList<(string Title, string Body)> documents)
    {
        var postings = new SearchPostings();
        for (var i = 0; i < documents.Count; i++)
        {
            postings.Add(i, documents[i].Title, documents[i].Body);
        }

        var (documentShards, placeShards) = postings.Shards(documents.Count);
        return (new ShardSet(documentShards.Bits, [.. documentShards.Shards.Select(make => make())]), new ShardSet(placeShards.Bits, [.. placeShards.Shards.Select(make => make())]));
    }

    private static void AssertSame(ShardSet fresh, ShardSet? patched)
    {
        Assert.NotNull(patched);
        Assert.Equal(fresh.Shards.Count, patched.Shards.Count);
        for (var shard = 0; shard < fresh.Shards.Count; shard++)
        {
            Assert.True(fresh.Shards[shard].AsSpan().SequenceEqual(patched.Shards[shard]), $"shard {shard} differs");
        }
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
        var before = Fresh(documents);

        var edited = Enumerable.Range(0, 5).Select(_ => random.Next(documents.Count)).ToHashSet();
        var postings = new SearchPostings();
        foreach (var i in edited.Order())
        {
            // A new body: longer, shorter, or with characters the index has never seen.
            documents[i] = (documents[i].Title, random.Next(3) switch { 0 => Text(250), 1 => string.Empty, _ => Text(20) + "社保卡换领" });
            postings.Add(i, documents[i].Title, documents[i].Body);
        }

        var (documentAdditions, placeAdditions) = postings.Take(documents.Count);
        var patchedDocuments = ShardPatcher.Apply(before.Documents, documentAdditions, edited, places: false, documents.Count);
        var patchedPlaces = ShardPatcher.Apply(before.Places, placeAdditions, edited, places: true, documents.Count);
        var after = Fresh(documents);

        if (after.Documents.Bits == before.Documents.Bits)
        {
            AssertSame(after.Documents, patchedDocuments);
        }
        else
        {
            Assert.Null(patchedDocuments);
        }

        if (after.Places.Bits == before.Places.Bits)
        {
            AssertSame(after.Places, patchedPlaces);
        }
        else
        {
            Assert.Null(patchedPlaces);
        }
    }

    [Fact]
    public void Bytes_that_are_no_shard_are_refused()
    {
        Assert.Null(ShardPatcher.Apply(new ShardSet(4, [[5, 1, 2]]), [], new HashSet<int> { 0 }, places: false, 1));
    }
}
