using Gazette.Incremental;
using Gazette.Related;
using Gazette.Tests.Support;

namespace Gazette.Tests.Incremental;

public sealed class RelatedListCacheTests
{
    [Fact]
    public async Task Lists_read_back_from_the_cache_equal_the_computed_ones_and_a_damaged_cache_is_ignored()
    {
        using var site = GeneratedSite.Create();
        await site.BuildAsync();
        var cachePath = Path.Combine(site.Root, ".gazette", "related.cache");
        Assert.True(File.Exists(cachePath));
        var articles = (await site.LoadContentAsync()).Articles;
        var computed = RelatedArticleIndex.Build(articles, 5, CancellationToken.None);

        var cached = await RelatedArticleIndex.LoadOrBuildAsync(site.Paths, articles, 5, CancellationToken.None);
        File.WriteAllText(cachePath, "gazette related cache 1\nnot a key\n");
        var rebuilt = await RelatedArticleIndex.LoadOrBuildAsync(site.Paths, articles, 5, CancellationToken.None);

        Assert.All(Enumerable.Range(0, articles.Length), i =>
        {
            Assert.Equal(computed.RelatedTo(i).ToArray(), cached.RelatedTo(i).ToArray());
            Assert.Equal(computed.RelatedTo(i).ToArray(), rebuilt.RelatedTo(i).ToArray());
        });
    }
}
