using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Incremental;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Incremental;

public sealed class ArticleCacheTests
{
    private static async Task<(SiteSettings Settings, ArticleCache Cache, ContentSet Fresh)> BuiltAndReloaded(TestSite site)
    {
        await site.BuildAsync();
        var settings = await SiteSettingsLoader.LoadAsync(site.Paths, CancellationToken.None);
        var inputs = await InputSnapshot.ScanAsync(site.Paths, TimeProvider.System, CancellationToken.None, record: false);
        var key = ArticleCache.KeyFor(inputs.Files.Single(f => f.FullPath == site.Paths.SiteFile).Hash);
        var fresh = await site.LoadContentAsync(settings);
        return (settings, ArticleCache.Load(site.Paths, key, settings, ArticleReader.BodyOf), fresh);
    }

    [Fact]
    public async Task Articles_read_back_from_the_cache_equal_the_parsed_ones_down_to_their_bodies()
    {
        using var site = GeneratedSite.Create();
        var (_, cache, fresh) = await BuiltAndReloaded(site);

        Assert.Equal(GeneratedSite.ArticleCount, cache.Count);
        foreach (var article in fresh.Articles)
        {
            var cached = cache.Entry(article.SourceFile)?.Article;
            Assert.NotNull(cached);
            Assert.True((article with { Body = cached.Body }).Equals(cached), $"{article} differs from {cached}");
            Assert.Equal(article.Body.HeadHash, cached.Body.HeadHash);
            Assert.Equal(article.Body.Text, cached.Body.Text);
        }
    }

    [Fact]
    public async Task A_body_is_not_read_from_a_file_that_changed_since_the_cache_saw_it()
    {
        using var site = GeneratedSite.Create();
        var (_, cache, _) = await BuiltAndReloaded(site);
        var cached = cache.Entry("input/generated/a03.md")!.Article!;
        site.Write("input/generated/a03.md", site.Read("input/generated/a03.md") + "\n后来加的一段。\n");

        var error = Assert.Throws<GazetteException>(() => cached.Body.Text);

        Assert.Equal("input/generated/a03.md", error.Errors.Single().File);
    }

    [Fact]
    public async Task A_damaged_shard_or_other_settings_count_as_no_cache()
    {
        using var site = GeneratedSite.Create();
        var (settings, cache, _) = await BuiltAndReloaded(site);
        foreach (var shard in Directory.EnumerateFiles(CacheFolder.Of(site.Paths).Articles))
        {
            File.WriteAllBytes(shard, File.ReadAllBytes(shard)[..40]);
        }

        Assert.Equal(0, ArticleCache.Load(site.Paths, cache.Key, settings, ArticleReader.BodyOf).Count);
        Assert.Equal(0, ArticleCache.Load(site.Paths, ArticleCache.KeyFor(12345), settings, ArticleReader.BodyOf).Count);
        site.Write("input/generated/a03.md", site.Read("input/generated/a03.md") + "\n后来加的一段。\n");
        await site.BuildAsync();
        Assert.Equal(GeneratedSite.ArticleCount, ArticleCache.Load(site.Paths, cache.Key, settings, ArticleReader.BodyOf).Count);
    }
}
