using System.Text.RegularExpressions;
using Gazette.Corpus;
using Gazette.Tests.Search;
using Gazette.Tests.Support;

namespace Gazette.Tests.Pages;

/// <summary>
/// On a site from the benchmark's corpus generator, search finds every article that <c>grep</c> finds in the
/// Markdown, for terms drawn from the articles themselves: phrases of two to twelve characters, alone and in pairs.
/// </summary>
public sealed partial class SearchRecallTests
{
    private const int Articles = 400;

    [GeneratedRegex("\\p{IsCJKUnifiedIdeographs}{2,}")]
    private static partial Regex HanRun();

    [Fact]
    public async Task Every_article_grep_finds_in_the_markdown_search_finds()
    {
        using var site = TestSite.Create();
        new CorpusGenerator(seed: 15).Write(site.Root, Articles);
        await site.BuildAsync();
        var markdown = Directory.EnumerateFiles(Path.Combine(site.Root, "input"), "*.md", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText);
        var reader = SearchIndexReader.Of(site.Paths.Output);
        var random = new Random(20);
        var runs = markdown.Values.Order(StringComparer.Ordinal).SelectMany(m => HanRun().Matches(m).Select(r => r.Value)).ToList();
        string Phrase()
        {
            var run = runs[random.Next(runs.Count)];
            var length = Math.Min(run.Length, random.Next(2, 13));
            return run.Substring(random.Next(run.Length - length + 1), length);
        }

        var queries = Enumerable.Range(0, 14).Select(_ => Phrase()).Concat(Enumerable.Range(0, 6).Select(_ => Phrase() + " " + Phrase())).ToList();
        foreach (var query in queries)
        {
            var terms = query.Split(' ');
            var grep = markdown.Where(m => terms.All(t => m.Value.Contains(t, StringComparison.Ordinal))).Select(m => m.Key).ToHashSet();
            var found = reader.Query(query).Keys.Select(d => Path.GetFileNameWithoutExtension(reader.Document(d).Link)).ToHashSet();

            Assert.NotEmpty(grep);
            Assert.True(grep.IsSubsetOf(found), $"'{query}': grep finds {grep.Count}, search {found.Count}, missing {string.Join(", ", grep.Except(found).Take(5))}");
        }
    }
}
