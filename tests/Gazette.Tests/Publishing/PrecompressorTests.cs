using System.IO.Compression;
using Gazette.Publishing;
using Gazette.Tests.Support;

namespace Gazette.Tests.Publishing;

public sealed class PrecompressorTests
{
    [Fact]
    public async Task With_precompress_every_text_file_has_identical_gzip_and_brotli_companions()
    {
        using var site = TestSite.Bureau();
        site.Write("input/_site.yml", site.Read("input/_site.yml").Replace("page_size: 20", "page_size: 20\nprecompress: true", StringComparison.Ordinal));
        await site.ImportAsync();

        await site.BuildAsync();

        var files = site.Snapshot();
        var texts = files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal) || k.EndsWith(".css", StringComparison.Ordinal) || k.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.True(texts.Count >= 10);
        foreach (var path in texts)
        {
            using var gzip = new GZipStream(new MemoryStream(files[path + ".gz"]), CompressionMode.Decompress);
            using var brotli = new BrotliStream(new MemoryStream(files[path + ".br"]), CompressionMode.Decompress);
            Assert.Equal(files[path], ReadAll(gzip));
            Assert.Equal(files[path], ReadAll(brotli));
        }

        Assert.DoesNotContain(files.Keys, k => k.EndsWith(".gz.gz", StringComparison.Ordinal) || k.EndsWith(".html.br.gz", StringComparison.Ordinal));
    }

    [Fact]
    public void Compression_gives_the_same_bytes_every_time()
    {
        var page = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>苏州市人力资源和社会保障局</p>\n", 200)));

        Assert.Equal(Precompressor.Gzip(page), Precompressor.Gzip(page));
        Assert.Equal(Precompressor.Brotli(page), Precompressor.Brotli(page));
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
