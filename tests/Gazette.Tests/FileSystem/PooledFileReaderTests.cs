using Gazette.FileSystem;

namespace Gazette.Tests.FileSystem;

public sealed class PooledFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gazette-pooled-").FullName;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(70_001)]
    [InlineData(3 * 1024 * 1024 + 7)]
    public void A_file_is_read_whole_whatever_its_size_and_a_larger_file_read_before_leaves_nothing_behind(int size)
    {
        var large = Path.Combine(_folder, "large.bin");
        File.WriteAllBytes(large, [.. Enumerable.Repeat((byte)0xAB, size + 4096)]);
        var path = Path.Combine(_folder, "file.bin");
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        // The pooled buffer the large file went through may come back for the smaller one: only its own bytes are lent.
        Assert.Equal(size + 4096, PooledFileReader.Read(large, b => b.Length));
        var read = PooledFileReader.Read(path, b => b.ToArray());

        Assert.Equal(bytes, read);
    }

    [Fact]
    public void A_missing_file_throws_as_reading_it_directly_would()
    {
        Assert.Throws<FileNotFoundException>(() => PooledFileReader.Read(Path.Combine(_folder, "none.md"), b => b.Length));
        Assert.Throws<DirectoryNotFoundException>(() => PooledFileReader.Read(Path.Combine(_folder, "none", "a.md"), b => b.Length));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
