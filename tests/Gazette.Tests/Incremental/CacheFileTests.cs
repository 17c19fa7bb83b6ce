using Gazette.Tests.Support;

namespace Gazette.Tests.Incremental;

/// <summary>A damaged cache counts as no cache: it can cost time, never a wrong page.</summary>
public sealed class CacheFileTests
{
    [Fact]
    public async Task A_flipped_byte_in_any_cache_file_gives_the_site_a_clean_build_gives()
    {
        using var site = GeneratedSite.Create();
        await site.BuildAsync();
        var expected = site.Snapshot();
        var caches = Directory.EnumerateFiles(Path.Combine(site.Root, ".gazette"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("build.stamp", StringComparison.Ordinal) && !f.Contains("outputs", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains(caches, c => c.Contains("articles", StringComparison.Ordinal));

        foreach (var cache in caches)
        {
            // Flip one bit of a character the cache holds; then make the next build render from the caches.
            var bytes = File.ReadAllBytes(cache);
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(cache, bytes);
            File.Delete(Path.Combine(site.Root, ".gazette", "build.stamp"));
            File.Delete(Path.Combine(site.Root, ".gazette", "pages.cache"));

            await site.BuildAsync();

            Assert.Equal(expected, site.Snapshot());
        }
    }

    [Fact]
    public async Task A_damaged_record_of_the_output_stops_the_build_before_it_removes_anything()
    {
        using var site = GeneratedSite.Create();
        await site.BuildAsync();
        var expected = site.Snapshot();
        var manifest = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, ".gazette", "outputs")));
        var bytes = File.ReadAllBytes(manifest);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(manifest, bytes);
        File.Delete(Path.Combine(site.Paths.Input, "generated", "a00.md"));

        var error = await Assert.ThrowsAsync<Gazette.Diagnostics.GazetteException>(site.BuildAsync);

        Assert.Contains("no record of writing", error.Message, StringComparison.Ordinal);
        Assert.Equal(expected, site.Snapshot());
    }
}
