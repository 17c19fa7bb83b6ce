namespace Gazette.Search;

/// <summary>
/// The postings of one field in one partition as they are handed over (<see cref="FieldPostings.Take"/>): a bucket of
/// occurrences at a time, sorted by pair, each run of one pair written as its key's lists. Used from one thread at a time.
/// </summary>
internal sealed class TakenField
{
    private readonly OccurrenceBuckets _occurrences;
    private readonly PairOccurrences _sorter = new();
    private readonly PostingWriter _writer;

    /// <summary>The occurrences of a field, whose documents start at <paramref name="starts"/>, in an index of <paramref name="total"/> documents.</summary>
    public TakenField(OccurrenceBuckets occurrences, DocumentStarts starts, int total)
    {
        _occurrences = occurrences;
        _writer = new PostingWriter(starts, total);
    }

    /// <summary>The occurrences of bucket <paramref name="bucket"/>, sorted by pair, which are let go here; lent until the next call.</summary>
    public ReadOnlySpan<PairOccurrence> Sorted(int bucket)
    {
        var count = _occurrences.CountOf(bucket);
        _occurrences.MoveTo(bucket, _sorter.Room(count));
        return _sorter.Sorted(count);
    }

    /// <summary>The length of the run of occurrences of the first one's pair at the start of <paramref name="sorted"/>.</summary>
    public static int RunLength(ReadOnlySpan<PairOccurrence> sorted)
    {
        var length = 1;
        while (length < sorted.Length && sorted[length].Pair == sorted[0].Pair)
        {
            length++;
        }

        return length;
    }

    /// <summary>The key and lists of a run of one pair's occurrences (<see cref="PostingWriter.Write"/>).</summary>
    public (ulong Key, PostingBytes Documents, PostingBytes Places) Write(ReadOnlySpan<PairOccurrence> run) => _writer.Write(run);
}
