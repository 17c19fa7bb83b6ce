using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>A key's partition is a run of whole shards of either kind, so that each partition writes its own shards.</summary>
public sealed class FieldPostingsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_keys_partition_is_the_top_bits_of_its_shard_whatever_the_number_of_shards(int partitionBits)
    {
        var random = new Random(partitionBits);
        for (var i = 0; i < 20_000; i++)
        {
            var first = (char)random.Next(1, 0x10000);
            // A key of one character (the second 0) as often as one of two.
            var second = random.Next(2) == 0 ? '\0' : (char)random.Next(1, 0x10000);
            var key = GramKey.Of(second == '\0' ? [first] : [first, second]);
            var partition = FieldPostings.PartitionOf(first, second, partitionBits);
            for (var bits = 4; bits <= 16; bits++)
            {
                Assert.Equal(GramKey.ShardOf(key, bits) >> (bits - partitionBits), partition);
            }
        }
    }

    [Fact]
    public void Partitions_share_the_keys_of_real_text_about_evenly()
    {
        var text = string.Concat(Enumerable.Repeat("苏州市人力资源和社会保障局关于做好2024年度职称评审工作的通知各市、区人社局：", 3));
        var pairs = Enumerable.Range(0, text.Length - 1).Select(i => (text[i], text[i + 1])).Distinct().ToList();
        var counts = new int[4];
        foreach (var (first, second) in pairs)
        {
            counts[FieldPostings.PartitionOf(first, second, 2)]++;
        }

        Assert.All(counts, count => Assert.InRange(count, pairs.Count / 8, pairs.Count / 2));
    }

    [Fact]
    public void A_batch_too_long_for_one_sort_gives_the_index_of_its_documents_added_one_by_one()
    {
        // A text of a million characters leaves 11 bits of an occurrence for which text it is in: 2,048 texts a sort.
        var random = new Random(9);
        const string alphabet = "养老保险待遇失业金人社局 ";
        string Text(int length) => new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var bodies = Enumerable.Range(0, 2100).Select(i => i == 1500 ? Text(1 << 20) : Text(random.Next(0, 40))).ToList();
        var titles = bodies.Select((_, i) => Text(6)).ToList();
        Assert.True(PairOccurrences.MostTexts([.. bodies.Select(b => b.AsMemory())]) < bodies.Count);

        AssertOneBatchIndexesAsOneByOne(titles, bodies);
    }

    [Fact]
    public void Pairs_that_share_a_sort_key_come_interleaved_and_give_the_index_of_their_documents_added_one_by_one()
    {
        // Two pairs of one partition (of two) whose sort keys are the same: their occurrences in a batch come mixed.
        var seen = new Dictionary<(int Partition, int Key), string>();
        (string A, string B)? found = null;
        for (var first = '\u4E00'; found is null; first++)
        {
            for (var second = '\u4E00'; second < '\u4E40' && found is null; second++)
            {
                var where = (FieldPostings.PartitionOf(first, second, 1), PairOccurrences.SortKey((ulong)(((uint)first << 16) | second) << 32, 1));
                var pair = new string([first, second]);
                if (seen.TryGetValue(where, out var other))
                {
                    found = (other, pair);
                }
                else
                {
                    seen[where] = pair;
                }
            }
        }

        var (a, b) = found!.Value;
        Assert.NotEqual(a, b);
        var random = new Random(3);
        var bodies = Enumerable.Range(0, 300).Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => random.Next(3) switch { 0 => a, 1 => b, _ => "人社" }))).ToList();
        var titles = bodies.Select((_, i) => i % 2 == 0 ? a + b : b + a).ToList();

        AssertOneBatchIndexesAsOneByOne(titles, bodies);

        // And each pair's places are where the pair is in each body, though the two were sorted as one.
        var postings = new SearchPostings(2);
        var normalised = bodies.Select(SearchPostings.Normalised).ToList();
        postings.AddNormalised(0, [.. titles.Select(t => (ReadOnlyMemory<char>)SearchPostings.Normalised(t))], [.. normalised.Select(n => (ReadOnlyMemory<char>)n)], CancellationToken.None);
        var (_, places) = postings.Take(bodies.Count);
        foreach (var pair in (string[])[a, b])
        {
            var expected = normalised
                .Select((text, document) => (Document: document, At: Enumerable.Range(0, text.Length - 1).Where(i => text[i] == pair[0] && text[i + 1] == pair[1]).ToList()))
                .Where(d => d.At.Count > 0)
                .Select(d => $"{d.Document}: {string.Join(' ', d.At)}")
                .ToList();
            var actual = SearchIndexReader.Decode(places.Single(e => e.Key == GramKey.Of(pair)).Body, places: true);
            Assert.Equal(expected, actual.OrderBy(d => d.Key).Select(d => $"{d.Key}: {string.Join(' ', d.Value.Order())}").ToList());
        }
    }

    // The shards of the documents added in one batch are those of the same documents added one at a time.
    private static void AssertOneBatchIndexesAsOneByOne(List<string> titles, List<string> bodies)
    {
        var together = new SearchPostings(2);
        together.AddNormalised(0, [.. titles.Select(t => (ReadOnlyMemory<char>)SearchPostings.Normalised(t))], [.. bodies.Select(b => (ReadOnlyMemory<char>)SearchPostings.Normalised(b))], CancellationToken.None);
        var oneByOne = new SearchPostings(2);
        for (var i = 0; i < bodies.Count; i++)
        {
            oneByOne.Add(i, titles[i], bodies[i]);
        }

        Assert.Equal(Shards(oneByOne, bodies.Count), Shards(together, bodies.Count));
    }

    private static List<byte[]> Shards(SearchPostings postings, int total)
    {
        var (documents, places) = postings.Shards(total);
        return [.. documents.Shards.Concat(places.Shards).Select(make => make())];
    }
}
