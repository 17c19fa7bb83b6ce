using System.Buffers.Binary;

namespace Gazette.Images;

/// <summary>
/// The pixel size of a PNG, GIF, JPEG or WebP image, read from the first bytes of its file, so that a page can give
/// every image its <c>width</c> and <c>height</c> and the text does not jump while images load.
/// </summary>
internal static class ImageSize
{
    // A JPEG's size sits in its first frame header, after any metadata (EXIF, ICC profiles, thumbnails): rarely far in.
    private const int MaxHeaderBytes = 256 * 1024;

    /// <summary>The width and height of the image in <paramref name="path"/>; null when it is not an image this reads, or is damaged.</summary>
    public static (int Width, int Height)? Read(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
            var buffer = new byte[(int)Math.Min(stream.Length, MaxHeaderBytes)];
            stream.ReadExactly(buffer);
            return Of(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The width and height of an image from its opening bytes; null when they are not those of an image this reads.</summary>
    public static (int Width, int Height)? Of(ReadOnlySpan<byte> data)
    {
        var size = data switch
        {
            [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] when data.Length >= 24 =>
                ((int, int)?)(BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..])),
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', _, (byte)'a', ..] when data.Length >= 10 =>
                (BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..])),
            [0xFF, 0xD8, ..] => Jpeg(data),
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebP(data),
            _ => null,
        };
        return size is ({ } width, { } height) && width > 0 && height > 0 && width <= 100_000 && height <= 100_000 ? size : null;
    }

    private static (int, int)? Jpeg(ReadOnlySpan<byte> data)
    {
        var position = 2;
        while (position + 9 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            // Start-of-frame markers hold the size; 0xC4 (Huffman tables), 0xC8 and 0xCC share the range but are not frames.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(position + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(position + 5)..]));
            }

            if (marker is 0xD9 or 0xDA)
            {
                return null;
            }

            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(data[(position + 2)..]);
        }

        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> data)
    {
        if (data.Length < 30)
        {
            return null;
        }

        var chunk = data.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            return ((data[24] | (data[25] << 8) | (data[26] << 16)) + 1, (data[27] | (data[28] << 8) | (data[29] << 16)) + 1);
        }

        return null;
    }
}
