using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>Occurrences come out as a stable sort would give them: by pair, then in the order they were given.</summary>
public sealed class PairOccurrencesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    public void Occurrences_come_sorted_by_pair_then_in_the_order_given(int count)
    {
        var random = new Random(count);
        // Chinese characters and Latin letters, and single characters (a second of 0), so that digits of every pass differ.
        var characters = "养老保险待遇失业金人社局abcXYZ".Concat(Enumerable.Range(0x9000, 40).Select(c => (char)c)).ToArray();
        var given = Enumerable.Range(0, count)
            .Select(i => new PairOccurrence(((uint)characters[random.Next(characters.Length)] << 16) | (random.Next(4) == 0 ? 0u : characters[random.Next(characters.Length)]), (uint)i))
            .ToList();
        var sorter = new PairOccurrences();

        // Twice, so that the buffers kept from the first sort are used again.
        for (var round = 0; round < 2; round++)
        {
            given.ToArray().CopyTo(sorter.Room(count));
            var sorted = sorter.Sorted(count).ToArray();

            Assert.Equal(given.OrderBy(o => o.Pair).ToList(), sorted);
        }
    }
}
