using System.IO.Hashing;
using Gazette.Content;
using Gazette.Incremental;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Content;

public sealed class ContentLoaderTests
{
    [Fact]
    public async Task Articles_the_scan_left_unhashed_are_hashed_from_the_bytes_loaded_and_read_again_by_that_hash()
    {
        using var site = TestSite.Create(
            ("input/_site.yml", TestSite.Settings),
            ("input/zxzx/a.md", TestSite.Article("甲", "2024-01-02", "资讯中心", "正文甲。")),
            ("input/zxzx/b.md", TestSite.Article("乙", "2024-01-03", "资讯中心", "正文乙。")));
        var settings = await SiteSettingsLoader.LoadAsync(site.Paths, CancellationToken.None);
        var inputs = await InputSnapshot.ScanAsync(site.Paths, TimeProvider.System, CancellationToken.None, record: false, leaveMarkdownToLoader: true);

        var (content, entries, hashed) = await ContentLoader.LoadAsync(site.Paths, settings, inputs, null, ReleaseRules.Publish, DateTimeOffset.UtcNow, CancellationToken.None);

        var expected = new[] { "input/zxzx/a.md", "input/zxzx/b.md" }.ToDictionary(f => f, f => XxHash3.HashToUInt64(File.ReadAllBytes(Path.Combine(site.Root, f))));
        Assert.Equal(expected, hashed);
        Assert.All(content.Articles, a => Assert.Equal(expected[a.SourceFile], a.ContentHash));
        Assert.All(entries, e => Assert.Equal(expected[e.SourceFile], e.Entry.Hash));
        Assert.Equal(["正文乙。", "正文甲。"], content.Articles.Select(a => a.Body.Text.Trim()));
    }

    [Fact]
    public async Task Articles_the_scan_hashed_are_not_given_back()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings), ("input/zxzx/a.md", TestSite.Article("甲", "2024-01-02", "资讯中心")));
        var settings = await SiteSettingsLoader.LoadAsync(site.Paths, CancellationToken.None);
        var inputs = await InputSnapshot.ScanAsync(site.Paths, TimeProvider.System, CancellationToken.None, record: false);

        var (content, _, hashed) = await ContentLoader.LoadAsync(site.Paths, settings, inputs, null, ReleaseRules.Publish, DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Empty(hashed);
        Assert.Equal(inputs.Files.Single(f => f.RelativePath == "input/zxzx/a.md").Hash, Assert.Single(content.Articles).ContentHash);
    }
}
