using Gazette.Images;
using Gazette.Tests.Support;

namespace Gazette.Tests.Images;

/// <summary>An image's size is read from its header, whatever comes before the size in the file, and nothing else passes for an image.</summary>
public sealed class ImageSizeTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(640, 480)]
    [InlineData(1920, 1080)]
    public void Png_gif_and_jpeg_sizes_are_read_from_their_headers(int width, int height)
    {
        Assert.Equal((width, height), ImageSize.Of(TestImages.Png(width, height)));
        Assert.Equal((width, height), ImageSize.Of(TestImages.Gif(width, height)));
        Assert.Equal((width, height), ImageSize.Of(TestImages.Jpeg(width, height)));
    }

    [Fact]
    public void Webp_sizes_are_read_from_each_of_its_three_kinds_of_header()
    {
        static byte[] Riff(string kind, byte[] payload) => [.. "RIFF"u8.ToArray(), 0, 0, 0, 0, .. "WEBP"u8.ToArray(), .. System.Text.Encoding.ASCII.GetBytes(kind), 0, 0, 0, 0, .. payload];

        byte[] lossy = [0, 0, 0, 0x9D, 0x01, 0x2A, 0x80, 0x02, 0xE0, 0x01];
        var bits = (uint)(799 | (599 << 14));
        byte[] lossless = [0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0, 0, 0];
        byte[] extended = [0, 0, 0, 0, 0x1F, 0x03, 0x00, 0x57, 0x02, 0x00];

        Assert.Equal((640, 480), ImageSize.Of(Riff("VP8 ", lossy)));
        Assert.Equal((800, 600), ImageSize.Of(Riff("VP8L", lossless)));
        Assert.Equal((800, 600), ImageSize.Of(Riff("VP8X", extended)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("%PDF-1.4 not an image")]
    [InlineData("GIF8")]
    public void Anything_else_has_no_size(string text) =>
        Assert.Null(ImageSize.Of(System.Text.Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void A_truncated_or_zero_sized_image_has_no_size()
    {
        Assert.Null(ImageSize.Of(TestImages.Png(10, 10).AsSpan(0, 20)));
        Assert.Null(ImageSize.Of(TestImages.Jpeg(10, 10).AsSpan(0, 30)));
        Assert.Null(ImageSize.Of(TestImages.Gif(0, 10)));
    }
}
