using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>A batch's pairs come out as a stable sort would give them: by sort key, then in the order of texts and places.</summary>
public sealed class PairOccurrencesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_partitions_pairs_come_sorted_by_key_then_text_then_place(int partitionBits)
    {
        var random = new Random(partitionBits);
        // Chinese characters, Latin letters and separators (0), so that digits of every pass differ and some pairs are left out.
        var alphabet = "养老保险待遇失业金人社局abcXYZ\0\0".ToCharArray().Concat(Enumerable.Range(0x9000, 40).Select(c => (char)c)).ToArray();
        var texts = Enumerable.Range(0, 60).Select(_ => (ReadOnlyMemory<char>)new string([.. Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)])]).AsMemory()).ToList();
        var occurrences = new PairOccurrences();

        for (var partition = 0; partition < 1 << partitionBits; partition++)
        {
            var expected = texts.SelectMany((text, document) => Enumerable.Range(0, Math.Max(0, text.Length - 1))
                    .Select(i => (First: text.Span[i], Second: text.Span[i + 1], Document: document, Place: i)))
                .Where(o => o.First != 0 && o.Second != 0 && FieldPostings.PartitionOf(o.First, o.Second, partitionBits) == partition)
                .Select(o => new PairOccurrence(((uint)o.First << 16) | o.Second, o.Document, o.Place))
                .OrderBy(o => PairOccurrences.SortKey((ulong)o.Pair << 32, partitionBits))
                .ToList();

            var sorted = occurrences.Sorted(texts, partition, partitionBits).ToArray().Select(occurrences.Read).ToList();

            Assert.NotEmpty(expected);
            Assert.Equal(expected, sorted);

            // Pairs that share a key may come interleaved; each pair's own occurrences are in order all the same.
            foreach (var pair in expected.GroupBy(o => o.Pair))
            {
                Assert.Equal(pair.ToList(), sorted.Where(o => o.Pair == pair.Key).ToList());
            }
        }
    }
}
