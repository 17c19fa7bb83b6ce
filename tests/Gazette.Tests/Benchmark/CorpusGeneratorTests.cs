using System.Text;
using Gazette.Corpus;

namespace Gazette.Tests.Benchmark;

/// <summary>The benchmark's long-article profile writes what it promises: long 公文 bodies, the same every time.</summary>
public sealed class CorpusGeneratorTests
{
    private static string Body(string markdown) => markdown[(markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];

    [Fact]
    public void Long_articles_have_bodies_of_six_to_twelve_kilobytes_in_parts_and_sections()
    {
        var generator = new CorpusGenerator(seed: 3, CorpusProfile.Long);
        var bodies = Enumerable.Range(0, 200).Select(i => Body(generator.Article(i).Text)).ToList();
        var sizes = bodies.Select(b => Encoding.UTF8.GetByteCount(b)).ToList();

        Assert.InRange(sizes.Average(), 8 * 1024, 10 * 1024);
        Assert.All(sizes, size => Assert.InRange(size, 5 * 1024, 14 * 1024));
        Assert.All(bodies, b => Assert.Contains("**一、", b, StringComparison.Ordinal));
        Assert.All(bodies, b => Assert.Contains("(一)", b, StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("| 序号 |", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seed_and_profile_give_the_same_article_and_profiles_differ()
    {
        Assert.Equal(new CorpusGenerator(7, CorpusProfile.Long).Article(42), new CorpusGenerator(7, CorpusProfile.Long).Article(42));
        Assert.NotEqual(new CorpusGenerator(7, CorpusProfile.Long).Article(42).Text, new CorpusGenerator(7).Article(42).Text);
    }

    [Fact]
    public void A_natural_vocabulary_has_many_different_pairs_and_runs_of_four_that_seldom_recur()
    {
        var generator = new CorpusGenerator(seed: 3, CorpusProfile.Long, CorpusVocabulary.Natural);
        var runs = Enumerable.Range(0, 200).Select(i => Body(generator.Article(i).Text)).SelectMany(b => b.Split(
            [' ', '\n', '|', '*', '，', '。', '、', '(', ')', ':'], StringSplitOptions.RemoveEmptyEntries)).ToList();
        static IEnumerable<string> Grams(string run, int n) => Enumerable.Range(0, Math.Max(0, run.Length - n + 1)).Select(i => run.Substring(i, n));
        var pairs = runs.SelectMany(r => Grams(r, 2)).ToList();
        var fours = runs.SelectMany(r => Grams(r, 4)).GroupBy(g => g, StringComparer.Ordinal).ToList();

        // Stock phrases give a few hundred pairs in all, each run of four recurring thousands of times.
        Assert.True(pairs.Distinct(StringComparer.Ordinal).Count() > pairs.Count / 10, $"{pairs.Distinct(StringComparer.Ordinal).Count()} different pairs of {pairs.Count}");
        Assert.True(fours.Count(g => g.Count() == 1) > fours.Count * 3 / 4, $"{fours.Count(g => g.Count() == 1)} of {fours.Count} runs of four occur once");
        Assert.Equal(generator.Article(5), new CorpusGenerator(3, CorpusProfile.Long, CorpusVocabulary.Natural).Article(5));
        Assert.All(Enumerable.Range(0, 200).Select(i => Body(generator.Article(i).Text)), b => Assert.Contains("**一、", b, StringComparison.Ordinal));
    }
}
