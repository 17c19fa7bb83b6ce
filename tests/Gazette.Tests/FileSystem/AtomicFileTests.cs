using Gazette.FileSystem;
using Gazette.Import;
using Gazette.Tests.Support;

namespace Gazette.Tests.FileSystem;

public sealed class AtomicFileTests
{
    [Fact]
    public async Task An_interrupted_write_leaves_the_old_file_whole_and_no_temporary_file()
    {
        using var site = TestSite.Create();
        var path = Path.Combine(site.Root, "input", "a.md");
        await AtomicFile.WriteAsync(path, "old"u8.ToArray(), CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFile.WriteAsync(path, new byte[1 << 20], cancelled.Token));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task An_interrupted_import_writes_no_markdown()
    {
        using var site = TestSite.Create();
        site.CopySeed(TestSite.BureauSeed);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Importer.ImportAsync(site.Paths, TimeProvider.System, recheckMarkdown: true, cancelled.Token));

        Assert.False(Directory.Exists(site.Paths.Input) && Directory.EnumerateFiles(site.Paths.Input, "*", SearchOption.AllDirectories).Any());
    }
}
