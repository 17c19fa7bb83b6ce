using Gazette.Output;
using Gazette.Pages;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Output;

public sealed class StagedOutputWriterTests
{
    private static byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [Fact]
    public async Task Replaces_the_output_with_exactly_the_new_files()
    {
        using var site = TestSite.Create();
        var writer = new StagedOutputWriter(site.Paths);
        await writer.WriteAsync([new OutputFile("old.html", Bytes("old")), new OutputFile("keep.html", Bytes("same"))], CancellationToken.None);

        var result = await writer.WriteAsync([new OutputFile("keep.html", Bytes("same")), new OutputFile("a/new.html", Bytes("new"))], CancellationToken.None);

        Assert.Equal(new WriteResult(Written: 1, Removed: 1), result);
        Assert.Equal(["a/new.html", "keep.html"], site.Snapshot().Keys);
        Assert.Empty(site.Leftovers());
    }

    [Fact]
    public async Task An_unchanged_file_keeps_its_modification_time()
    {
        using var site = TestSite.Create();
        var writer = new StagedOutputWriter(site.Paths);
        await writer.WriteAsync([new OutputFile("page.html", Bytes("same")), new OutputFile("other.html", Bytes("v1"))], CancellationToken.None);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(site.Paths.Output, "page.html"), old);
        File.SetLastWriteTimeUtc(Path.Combine(site.Paths.Output, "other.html"), old);

        await writer.WriteAsync([new OutputFile("page.html", Bytes("same")), new OutputFile("other.html", Bytes("v2"))], CancellationToken.None);

        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(site.Paths.Output, "page.html")));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(Path.Combine(site.Paths.Output, "other.html")));
    }

    [Fact]
    public async Task A_file_that_would_escape_the_output_stops_the_write_and_keeps_the_old_output()
    {
        using var site = TestSite.Create();
        var writer = new StagedOutputWriter(site.Paths);
        await writer.WriteAsync([new OutputFile("index.html", Bytes("deployed"))], CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            writer.WriteAsync([new OutputFile("index.html", Bytes("new")), new OutputFile("../escaped.html", Bytes("x"))], CancellationToken.None));

        Assert.Equal("deployed", site.ReadOutput("index.html"));
        Assert.False(File.Exists(Path.Combine(site.Root, "escaped.html")));
        Assert.Empty(site.Leftovers());
    }

    [Theory]
    [InlineData("")]
    [InlineData("input")]
    [InlineData("theme/out")]
    public async Task Refuses_an_output_folder_that_overlaps_the_sources(string folder)
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        var paths = SitePaths.For(site.Root, Path.Combine(site.Root, folder));

        await Assert.ThrowsAsync<Gazette.Diagnostics.GazetteException>(() =>
            new StagedOutputWriter(paths).WriteAsync([new OutputFile("index.html", Bytes("x"))], CancellationToken.None));

        Assert.True(File.Exists(Path.Combine(site.Root, "input", "_site.yml")));
        Assert.True(Directory.Exists(Path.Combine(site.Root, "theme", "layouts")));
    }
}
