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
}
