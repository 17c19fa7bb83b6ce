using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Gazette.Tests.Support;

/// <summary>Small real image files of a given size, as a camera or an editor would write their headers.</summary>
internal static class TestImages
{
    /// <summary>A valid PNG of one red pixel row repeated.</summary>
    public static byte[] Png(int width, int height)
    {
        using var image = new MemoryStream();
        image.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(image, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var deflate = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + (3 * width)];
            for (var y = 0; y < height; y++)
            {
                deflate.Write(row);
            }
        }

        Chunk(image, "IDAT", pixels.ToArray());
        Chunk(image, "IEND", []);
        return image.ToArray();
    }

    /// <summary>The opening of a GIF: its signature and logical screen size.</summary>
    public static byte[] Gif(int width, int height)
    {
        var data = new byte[13];
        "GIF89a"u8.CopyTo(data);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(8), (ushort)height);
        return data;
    }

    /// <summary>The opening of a JPEG: an EXIF-like APP1 segment, a Huffman table segment, then the frame header.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var data = new MemoryStream();
        data.Write([0xFF, 0xD8]);
        data.Write([0xFF, 0xE1, 0x00, 0x10]);
        data.Write(new byte[14]);
        data.Write([0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00]);
        data.Write([0xFF, 0xC0, 0x00, 0x11, 0x08]);
        data.Write([(byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width]);
        data.Write(new byte[10]);
        return data.ToArray();
    }

    private static void Chunk(Stream image, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        image.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        image.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typed));
        image.Write(crc);
    }
}
