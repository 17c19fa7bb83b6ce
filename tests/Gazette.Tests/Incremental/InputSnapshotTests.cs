using Gazette.Incremental;
using Gazette.Tests.Support;

namespace Gazette.Tests.Incremental;

public sealed class InputSnapshotTests
{
    private static Task<InputSnapshot> Scan(TestSite site) => InputSnapshot.ScanAsync(site.Paths, TimeProvider.System, CancellationToken.None);

    private static ulong HashOf(InputSnapshot snapshot, string relative) => snapshot.Files.Single(f => f.RelativePath == relative).Hash;

    [Fact]
    public async Task A_file_untouched_since_an_earlier_scan_is_not_read_again()
    {
        using var site = TestSite.Create(("input/a.md", "一"), ("theme/x.html", "二"));
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        var first = await Scan(site);
        var second = await Scan(site);

        Assert.True(first.FilesRead >= 2);
        Assert.Equal(0, second.FilesRead);
        Assert.Equal(first.Files.Select(f => f.Hash), second.Files.Select(f => f.Hash));
    }

    [Fact]
    public async Task A_file_rewritten_with_the_same_size_and_time_just_after_a_scan_is_read_again()
    {
        using var site = TestSite.Create(("input/a.md", "aaaa"));
        var path = Path.Combine(site.Root, "input/a.md");
        var time = File.GetLastWriteTimeUtc(path);
        var first = await Scan(site);

        // What a coarse file system shows after a second edit within its time granularity.
        File.WriteAllText(path, "bbbb");
        File.SetLastWriteTimeUtc(path, time);
        var second = await Scan(site);

        Assert.NotEqual(HashOf(first, "input/a.md"), HashOf(second, "input/a.md"));
    }

    [Fact]
    public async Task A_file_whose_size_or_time_changed_is_read_again()
    {
        using var site = TestSite.Create(("input/a.md", "aaaa"));
        var path = Path.Combine(site.Root, "input/a.md");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        var first = await Scan(site);

        File.WriteAllText(path, "aaaab");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        var second = await Scan(site);

        Assert.Equal(1, second.FilesRead);
        Assert.NotEqual(HashOf(first, "input/a.md"), HashOf(second, "input/a.md"));
    }

    [Fact]
    public async Task A_damaged_record_of_the_last_scan_counts_as_none()
    {
        using var site = TestSite.Create(("input/a.md", "aaaa"));
        var first = await Scan(site);
        File.WriteAllText(CacheFolder.Of(site.Paths).Inputs, "gazette inputs 1\nnot a time\ninput/a.md\t4\t0\tzz\n");

        var second = await Scan(site);

        Assert.Equal(HashOf(first, "input/a.md"), HashOf(second, "input/a.md"));
        Assert.Equal(second.Files.Length, second.FilesRead);
    }

    [Fact]
    public async Task Left_to_the_loader_the_markdown_under_input_is_not_read_and_nothing_is_recorded()
    {
        using var site = TestSite.Create(("input/a.md", "一"), ("input/zxzx/b.md", "二"), ("input/files/c.pdf", "三"), ("theme/x.md", "四"));
        var full = await InputSnapshot.ScanAsync(site.Paths, TimeProvider.System, CancellationToken.None, record: false);

        var left = await InputSnapshot.ScanAsync(site.Paths, TimeProvider.System, CancellationToken.None, leaveMarkdownToLoader: true);

        Assert.Equal(["input/a.md", "input/zxzx/b.md"], left.Files.Where(f => f.HashPending).Select(f => f.RelativePath));
        Assert.All(left.Files.Where(f => f.HashPending), f => Assert.Equal(0UL, f.Hash));
        Assert.Equal(full.Files.Where(f => f.RelativePath is not ("input/a.md" or "input/zxzx/b.md")).Select(f => f.Hash), left.Files.Where(f => !f.HashPending).Select(f => f.Hash));
        Assert.Equal(left.Files.Where(f => f.HashPending), left.MarkdownFiles(site.Paths).Where(f => f.HashPending));
        Assert.True(left.HashesPending);
        Assert.False(File.Exists(CacheFolder.Of(site.Paths).Inputs));
    }

    [Fact]
    public async Task A_completed_scan_holds_and_records_the_hashes_a_full_scan_finds()
    {
        using var site = TestSite.Create(("input/a.md", "一"), ("input/b.md", "二"), ("theme/x.html", "三"));
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        var full = await InputSnapshot.ScanAsync(site.Paths, TimeProvider.System, CancellationToken.None, record: false);
        var left = await InputSnapshot.ScanAsync(site.Paths, TimeProvider.System, CancellationToken.None, leaveMarkdownToLoader: true);

        // The loader hashed a.md; b.md it never read (say, it failed first), so completing reads it.
        var completed = await left.CompleteAsync(site.Paths, new Dictionary<string, ulong> { ["input/a.md"] = HashOf(full, "input/a.md") }, CancellationToken.None);
        var next = await Scan(site);

        Assert.False(completed.HashesPending);
        Assert.Equal(full.Files.Select(f => (f.RelativePath, f.Hash)), completed.Files.Select(f => (f.RelativePath, f.Hash)));
        Assert.Equal(0, next.FilesRead);
        Assert.Equal(full.Files.Select(f => f.Hash), next.Files.Select(f => f.Hash));
    }
}
