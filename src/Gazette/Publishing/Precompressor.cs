using System.IO.Compression;
using Gazette.Pages;

namespace Gazette.Publishing;

/// <summary>
/// Writes <c>.gz</c> and <c>.br</c> companions beside every HTML, CSS, XML, JSON and text file and the search index's
/// shards (<c>.bin</c>), so that nginx's
/// <c>gzip_static</c> and <c>brotli_static</c> serve them without compressing on each request.
/// </summary>
internal static class Precompressor
{
    private static readonly string[] Extensions = [".html", ".css", ".xml", ".json", ".txt", ".js", ".svg", ".map", ".bin"];

    // Quality 9 gets within a few percent of brotli's best at a small fraction of its time.
    private const int BrotliQuality = 9;
    private const int BrotliWindow = 22;

    /// <summary>
    /// The companions of one file: a reused file's are the ones its last build wrote (the settings, and so this
    /// option, are unchanged), reused with it; a new file's are compressed now.
    /// </summary>
    public static OutputFile[] CompanionsOf(OutputFile file) => file.Reused
        ? [OutputFile.Reuse(file.SitePath + ".gz"), OutputFile.Reuse(file.SitePath + ".br")]
        : [new OutputFile(file.SitePath + ".gz", Gzip(file.Content)), new OutputFile(file.SitePath + ".br", Brotli(file.Content))];

    /// <summary>The file a companion compresses (<c>a.html.gz</c> → <c>a.html</c>), or null when the path is no companion.</summary>
    public static string? OriginalOf(string sitePath) =>
        (sitePath.EndsWith(".gz", StringComparison.Ordinal) || sitePath.EndsWith(".br", StringComparison.Ordinal)) && IsEligible(sitePath[..^3])
            ? sitePath[..^3]
            : null;

    /// <summary>Whether a file gets companions.</summary>
    public static bool IsEligible(string sitePath) => Extensions.Any(e => sitePath.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Gzip at its smallest; .NET writes no timestamp in the header, so the bytes are the same every build.</summary>
    public static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return buffer.ToArray();
    }

    /// <summary>Brotli at quality 9.</summary>
    public static byte[] Brotli(byte[] content)
    {
        var destination = new byte[BrotliEncoder.GetMaxCompressedLength(content.Length)];
        if (!BrotliEncoder.TryCompress(content, destination, out var written, BrotliQuality, BrotliWindow))
        {
            throw new InvalidOperationException("brotli could not compress a page");
        }

        return destination[..written];
    }
}
