using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>Occurrences kept in buckets come back, bucket by bucket, as they were added, however many chunks a bucket grew to.</summary>
public sealed class OccurrenceBucketsTests
{
    [Fact]
    public void Each_bucket_gives_back_its_pairs_occurrences_in_the_order_they_were_added()
    {
        var random = new Random(7);
        // A few pairs, some very common, so that some buckets run to many chunks and most hold nothing.
        var pairs = Enumerable.Range(0, 40).Select(i => (uint)(0x4E00 + i) << 16 | (uint)(0x4E00 + (i * 7 % 13))).ToArray();
        var added = new List<PairOccurrence>();
        var buckets = new OccurrenceBuckets();
        for (var i = 0; i < 200_000; i++)
        {
            var pair = pairs[Math.Min(random.Next(pairs.Length), random.Next(pairs.Length))];
            var occurrence = new PairOccurrence(pair, (uint)i);
            // Some left out, which must leave no trace.
            var kept = random.Next(3) != 0;
            buckets.Add(occurrence.Pair, occurrence.Position, kept);
            if (kept)
            {
                added.Add(occurrence);
            }
        }

        Assert.Equal(added.Count, buckets.Total);
        for (var bucket = 0; bucket < OccurrenceBuckets.Count; bucket++)
        {
            var expected = added.Where(o => OccurrenceBuckets.BucketOf(o.Pair) == bucket).ToList();
            var moved = new PairOccurrence[buckets.CountOf(bucket)];
            buckets.MoveTo(bucket, moved);

            Assert.Equal(expected, moved);
        }

        Assert.Equal(0, buckets.Total);
    }
}
