using Gazette.Related;

namespace Gazette.Tests.Related;

public sealed class TermCountsTests
{
    [Fact]
    public void Counts_what_a_dictionary_counts_in_the_order_terms_were_first_added_through_growth_and_clearing()
    {
        var random = new Random(7);
        var counts = new TermCounts(4);
        for (var round = 0; round < 3; round++)
        {
            var expected = new Dictionary<ulong, int>();
            var order = new List<ulong>();

            // Terms from a small range repeat, and the high ones (a Latin word's) sit far from the pairs.
            for (var i = 0; i < 20_000; i++)
            {
                var term = random.Next(3) == 0 ? (1UL << 63) | (uint)random.Next(1, 5_000) : (uint)random.Next(1, 20_000);
                var amount = random.Next(1, 4);
                if (!expected.ContainsKey(term))
                {
                    order.Add(term);
                }

                expected[term] = expected.GetValueOrDefault(term) + amount;
                counts.Add(term, amount);
            }

            Assert.Equal(expected.Count, counts.Count);
            Assert.Equal(order, Enumerable.Range(0, counts.Count).Select(i => counts[i].Term));
            Assert.All(order, term => Assert.Equal(expected[term], counts.Of(term)));
            Assert.Equal(0, counts.Of(20_001));
            counts.Clear();
            Assert.Equal(0, counts.Count);
            Assert.All(order, term => Assert.Equal(0, counts.Of(term)));
        }
    }

    [Fact]
    public void Refuses_the_term_that_marks_an_empty_slot()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TermCounts().Add(0, 1));
    }
}
