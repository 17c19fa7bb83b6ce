using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Tests.Support;

namespace Gazette.Tests.Incremental;

public sealed class CacheFolderTests
{
    [Fact]
    public void Every_store_has_its_own_place_inside_the_site_cache_folder()
    {
        using var site = TestSite.Create();
        var cache = CacheFolder.Of(site.Paths);
        string[] stores = [cache.Inputs, cache.Stamp, cache.Articles, cache.Related, cache.Pages, cache.Outputs, cache.OutputManifest(site.Paths.Output)];

        Assert.Equal(Path.Combine(site.Root, ".gazette"), cache.Path);
        Assert.All(stores, store => Assert.StartsWith(cache.Path + Path.DirectorySeparatorChar, store, StringComparison.Ordinal));
        Assert.Equal(stores.Length, stores.Distinct(StringComparer.Ordinal).Count());
        Assert.NotEqual(cache.OutputManifest(site.Paths.Output), cache.OutputManifest(site.Paths.Output + "2"));
    }

    [Fact]
    public async Task Forgetting_removes_every_cache_but_keeps_the_output_record_and_the_lock()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings), ("input/news/a.md", TestSite.Article("标题", "2021-01-08", "[资讯中心, 新闻动态]", extra: "slug: a\n")));
        await site.BuildAsync();
        var cache = CacheFolder.Of(site.Paths);
        File.WriteAllText(Path.Combine(cache.Path, SiteLock.LockFileName), string.Empty);
        Assert.True(File.Exists(cache.Stamp));
        Assert.True(File.Exists(cache.Inputs));
        Assert.True(Directory.Exists(cache.Articles));

        cache.Forget();

        Assert.False(File.Exists(cache.Stamp));
        Assert.False(File.Exists(cache.Inputs));
        Assert.False(File.Exists(cache.Pages));
        Assert.False(Directory.Exists(cache.Articles));
        Assert.NotEmpty(Directory.EnumerateFiles(cache.Outputs));
        Assert.True(File.Exists(Path.Combine(cache.Path, SiteLock.LockFileName)));
    }
}
