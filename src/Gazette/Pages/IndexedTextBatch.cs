using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Gazette.Concurrency;
using Gazette.Search;
using Gazette.Site;

namespace Gazette.Pages;

/// <summary>
/// The indexed texts of a batch of articles at a time (<see cref="SearchPage.IndexedText(Article, StringBuilder)"/>),
/// normalised for the index (<see cref="SearchText.NormaliseForIndex"/>) into buffers kept from batch to batch: a body
/// goes from its file's bytes into the postings without becoming a string, where it used to be copied five times.
/// </summary>
/// <param name="capacity">The most articles in a batch.</param>
internal sealed class IndexedTextBatch(int capacity)
{
    // A builder that grew past this for one long text is let go rather than kept for every batch after it.
    private const int KeptBuilderCapacity = 1 << 20;

    private readonly char[][] _bodies = new char[capacity][];
    private readonly ConcurrentBag<StringBuilder> _builders = [];

    /// <summary>
    /// The normalised titles and indexed texts of <paramref name="count"/> articles from <paramref name="first"/>,
    /// made on every core, and how many characters the texts hold. The texts are lent until the next call.
    /// </summary>
    public (ReadOnlyMemory<char>[] Titles, ReadOnlyMemory<char>[] Texts, long Characters) Fill(ImmutableArray<Article> articles, int first, int count, CancellationToken cancellationToken)
    {
        if (count > _bodies.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"a batch holds at most {_bodies.Length} articles");
        }

        var titles = new ReadOnlyMemory<char>[count];
        var texts = new ReadOnlyMemory<char>[count];
        var lengths = ParallelWork.Map(
            count,
            i =>
            {
                var article = articles[first + i];
                titles[i] = SearchPostings.Normalised(article.Title);
                var builder = _builders.TryTake(out var kept) ? kept : new StringBuilder(16 * 1024);
                try
                {
                    SearchPage.IndexedText(article, builder);
                    texts[i] = Normalised(builder, ref _bodies[i]);
                    return builder.Length;
                }
                finally
                {
                    if (builder.Capacity <= KeptBuilderCapacity)
                    {
                        _builders.Add(builder.Clear());
                    }
                }
            },
            cancellationToken);
        return (titles, texts, lengths.Sum(l => (long)l));
    }

    // The builder's text normalised into the buffer, which grows to hold it.
    private static ReadOnlyMemory<char> Normalised(StringBuilder text, ref char[] buffer)
    {
        if (buffer is null || buffer.Length < text.Length)
        {
            buffer = new char[Math.Max(text.Length, buffer?.Length * 2 ?? 0)];
        }

        var at = 0;
        foreach (var chunk in text.GetChunks())
        {
            SearchText.NormaliseForIndex(chunk.Span, buffer.AsSpan(at));
            at += chunk.Length;
        }

        return buffer.AsMemory(0, text.Length);
    }
}
