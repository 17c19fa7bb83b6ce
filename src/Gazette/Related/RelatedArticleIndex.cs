using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Gazette.Concurrency;
using Gazette.Incremental;
using Gazette.Site;

namespace Gazette.Related;

/// <summary>
/// Finds, for every article, the articles most alike in content (相关稿件). Each article is reduced to its most
/// distinctive terms (TF-IDF over <see cref="TextTerms"/>, the title counting three times); articles are compared
/// only through an inverted index of those terms, so the work grows with the number of articles, not its square.
/// </summary>
internal sealed class RelatedArticleIndex
{
    /// <summary>How many terms represent one article.</summary>
    public const int TermsPerArticle = 24;

    /// <summary>The most articles one term connects; bounds the work per article whatever the archive's size.</summary>
    public const int MaxPostings = 256;

    // How many terms ahead of its lookup a term's slot in the archive's table is fetched (TermCounts.Prefetch): about as
    // many lookups as overlap in memory.
    private const int PrefetchAhead = 8;

    // Text beyond this much body says little more about the topic and only costs time.
    internal const int BodyCharacters = ArticleBody.HeadLength;

    private readonly ImmutableArray<ImmutableArray<int>> _related;

    private RelatedArticleIndex(ImmutableArray<ImmutableArray<int>> related) => _related = related;

    /// <summary>
    /// The index of a build: read back from <see cref="RelatedListCache"/> when what it is computed from is unchanged,
    /// else built and kept there.
    /// </summary>
    public static async Task<RelatedArticleIndex> LoadOrBuildAsync(SitePaths paths, ImmutableArray<Article> articles, int count, CancellationToken cancellationToken)
    {
        var key = RelatedListCache.Key(articles, count);
        if (RelatedListCache.Load(paths, key, articles.Length) is { } lists)
        {
            return new RelatedArticleIndex(lists);
        }

        var index = Build(articles, count, cancellationToken);
        await RelatedListCache.SaveAsync(paths, key, index._related, cancellationToken);
        return index;
    }

    /// <summary>Builds the index; <paramref name="articles"/> must be in the site's order (newest first), which breaks ties.</summary>
    public static RelatedArticleIndex Build(ImmutableArray<Article> articles, int count, CancellationToken cancellationToken)
    {
        // Two passes over the articles' opening text rather than one that keeps every article's term counts: the counts
        // take kilobytes an article, the vectors a few hundred bytes, and counting the terms again costs little.
        var total = articles.Length;
        var counts = ParallelWork.For(
            total,
            () => (Terms: new TermCounts(), Frequency: new TermCounts(1 << 16)),
            (i, local) =>
            {
                var terms = local.Terms;
                CountTerms(articles[i], terms);
                for (var t = 0; t < terms.Count; t++)
                {
                    local.Frequency.PrefetchTermOf(terms, t + PrefetchAhead);
                    local.Frequency.Add(terms[t].Term, 1);
                }
            },
            cancellationToken);
        var documentFrequency = new TermCounts(counts.Select(c => c.Frequency.Count).DefaultIfEmpty().Max());
        foreach (var local in counts)
        {
            for (var t = 0; t < local.Frequency.Count; t++)
            {
                var (term, frequency) = local.Frequency[t];
                documentFrequency.Add(term, frequency);
            }
        }

        var vectors = new (ulong Term, float Weight)[total][];
        ParallelWork.For(
            total,
            () => (Terms: new TermCounts(), Weighted: new List<(ulong Term, float Weight)>(TermsPerArticle + 1)),
            (i, local) =>
            {
                var terms = local.Terms;
                CountTerms(articles[i], terms);
                var weighted = local.Weighted;
                weighted.Clear();
                for (var t = 0; t < terms.Count; t++)
                {
                    documentFrequency.PrefetchTermOf(terms, t + PrefetchAhead);
                    var (term, count) = terms[t];
                    var frequency = documentFrequency.Of(term);
                    if (frequency > 1 && frequency < total)
                    {
                        KeepIfAmongBest(weighted, (term, (float)(Math.Log(1 + count) * Math.Log((double)total / frequency))));
                    }
                }

                var top = CollectionsMarshal.AsSpan(weighted);
                // Summed in double, as Enumerable.Sum sums floats, so that the lists stay what they were.
                var squares = 0d;
                foreach (var (_, weight) in top)
                {
                    squares += weight * weight;
                }

                var norm = MathF.Sqrt((float)squares);
                var vector = new (ulong Term, float Weight)[norm > 0 ? top.Length : 0];
                for (var k = 0; k < vector.Length; k++)
                {
                    vector[k] = (top[k].Term, top[k].Weight / norm);
                }

                vectors[i] = vector;
            },
            cancellationToken);

        var postings = new Dictionary<ulong, List<(int Article, float Weight)>>();
        for (var i = 0; i < total; i++)
        {
            foreach (var (term, weight) in vectors[i])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((i, weight));
            }
        }

        // A term many articles rank among their own strongest says little about any pair of them, and its posting list
        // would make the comparison quadratic: keep only the articles for which it weighs most.
        foreach (var list in postings.Values.Where(l => l.Count > MaxPostings))
        {
            list.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.Article.CompareTo(b.Article));
            list.RemoveRange(MaxPostings, list.Count - MaxPostings);
            list.TrimExcess();
        }

        // Each worker's scores (one per article, zero again after each use) and the articles it touched, made once.
        var related = new ImmutableArray<int>[total];
        ParallelWork.For(
            total,
            () => (Scores: new float[total], Touched: new List<int>()),
            (i, local) =>
            {
                var (scores, touched) = local;
                touched.Clear();
                foreach (var (term, weight) in vectors[i])
                {
                    foreach (var (other, otherWeight) in CollectionsMarshal.AsSpan(postings[term]))
                    {
                        if (other == i)
                        {
                            continue;
                        }

                        if (scores[other] == 0)
                        {
                            touched.Add(other);
                        }

                        scores[other] += weight * otherWeight;
                    }
                }

                // Ties go to the newer article, then to the lower address: the site's one order.
                related[i] = Best(touched, scores, count);
                foreach (var o in touched)
                {
                    scores[o] = 0;
                }
            },
            cancellationToken);

        return new RelatedArticleIndex([.. related]);
    }

    /// <summary>
    /// Puts a weighted term in its place among the best <see cref="TermsPerArticle"/> so far (heaviest first, ties to
    /// the lower term), dropping the one it pushes out: the same terms a sort of them all would put first.
    /// </summary>
    private static void KeepIfAmongBest(List<(ulong Term, float Weight)> best, (ulong Term, float Weight) candidate)
    {
        static bool Before((ulong Term, float Weight) a, (ulong Term, float Weight) b) => a.Weight > b.Weight || (a.Weight == b.Weight && a.Term < b.Term);

        if (best.Count == TermsPerArticle && !Before(candidate, best[^1]))
        {
            return;
        }

        var at = best.Count;
        while (at > 0 && Before(candidate, best[at - 1]))
        {
            at--;
        }

        best.Insert(at, candidate);
        if (best.Count > TermsPerArticle)
        {
            best.RemoveAt(TermsPerArticle);
        }
    }

    /// <summary>Counts the terms an article is compared by into <paramref name="terms"/>, cleared first.</summary>
    private static void CountTerms(Article article, TermCounts terms)
    {
        terms.Clear();
        TextTerms.Count(article.Title, 3, terms);
        TextTerms.Count(article.Summary, 1, terms);
        TextTerms.Count(article.Body.Head, 1, terms);
    }

    /// <summary>The <paramref name="count"/> best-scoring candidates, best first, ties to the lower index; one pass, no sort.</summary>
    private static ImmutableArray<int> Best(List<int> candidates, float[] scores, int count)
    {
        var best = new List<int>(count + 1);
        foreach (var candidate in candidates)
        {
            var score = scores[candidate];
            if (score < MinimumSimilarity)
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && (scores[best[at - 1]] < score || (scores[best[at - 1]] == score && best[at - 1] > candidate)))
            {
                at--;
            }

            if (at < count)
            {
                best.Insert(at, candidate);
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        return [.. best];
    }

    /// <summary>The cosine similarity below which two articles are not called related.</summary>
    public const float MinimumSimilarity = 0.1f;

    /// <summary>The indices (into the article list the index was built from) of the articles related to article <paramref name="index"/>, best first.</summary>
    public ImmutableArray<int> RelatedTo(int index) => _related[index];
}
