using System.Collections.Immutable;
using Gazette.Site;

namespace Gazette.Related;

/// <summary>
/// Finds, for every article, the articles most alike in content (相关稿件). Each article is reduced to its most
/// distinctive terms (TF-IDF over <see cref="TextTerms"/>, the title counting three times); articles are compared
/// only through an inverted index of those terms, so the work grows with the number of articles, not its square.
/// </summary>
public sealed class RelatedArticleIndex
{
    /// <summary>How many terms represent one article.</summary>
    public const int TermsPerArticle = 24;

    // Text beyond this much body says little more about the topic and only costs time.
    private const int BodyCharacters = 4000;

    private readonly ImmutableArray<ImmutableArray<int>> _related;

    private RelatedArticleIndex(ImmutableArray<ImmutableArray<int>> related) => _related = related;

    /// <summary>Builds the index; <paramref name="articles"/> must be in the site's order (newest first), which breaks ties.</summary>
    public static RelatedArticleIndex Build(ImmutableArray<Article> articles, int count, CancellationToken cancellationToken)
    {
        var vectors = new (string Term, float Weight)[articles.Length][];
        var counts = new Dictionary<string, int>[articles.Length];
        Parallel.For(0, articles.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var terms = new Dictionary<string, int>(StringComparer.Ordinal);
            var article = articles[i];
            TextTerms.Count(article.Title, 3, terms);
            TextTerms.Count(article.Summary ?? string.Empty, 1, terms);
            TextTerms.Count(article.Body.Length > BodyCharacters ? article.Body[..BodyCharacters] : article.Body, 1, terms);
            counts[i] = terms;
        });

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in counts)
        {
            foreach (var term in terms.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var total = articles.Length;
        Parallel.For(0, total, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var weighted = counts[i]
                .Where(t => documentFrequency[t.Key] > 1)
                .Select(t => (Term: t.Key, Weight: (float)(Math.Log(1 + t.Value) * Math.Log((double)total / documentFrequency[t.Key]))))
                .Where(t => t.Weight > 0)
                .OrderByDescending(t => t.Weight)
                .ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(TermsPerArticle)
                .ToArray();
            var norm = MathF.Sqrt(weighted.Sum(t => t.Weight * t.Weight));
            vectors[i] = norm > 0 ? [.. weighted.Select(t => (t.Term, t.Weight / norm))] : [];
        });

        var postings = new Dictionary<string, List<(int Article, float Weight)>>(StringComparer.Ordinal);
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

        var related = new ImmutableArray<int>[total];
        Parallel.For(
            0,
            total,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new float[total],
            (i, _, scores) =>
            {
                var touched = new List<int>();
                foreach (var (term, weight) in vectors[i])
                {
                    foreach (var (other, otherWeight) in postings[term])
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
                related[i] = [.. touched
                    .Where(o => scores[o] >= MinimumSimilarity)
                    .OrderByDescending(o => scores[o])
                    .ThenBy(o => o)
                    .Take(count)];
                foreach (var o in touched)
                {
                    scores[o] = 0;
                }

                return scores;
            },
            _ => { });

        return new RelatedArticleIndex([.. related]);
    }

    /// <summary>The cosine similarity below which two articles are not called related.</summary>
    public const float MinimumSimilarity = 0.1f;

    /// <summary>The indices (into the article list the index was built from) of the articles related to article <paramref name="index"/>, best first.</summary>
    public ImmutableArray<int> RelatedTo(int index) => _related[index];
}
