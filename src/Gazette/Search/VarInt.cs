namespace Gazette.Search;

/// <summary>Unsigned LEB128: seven bits a byte, low bits first, the high bit set on every byte but the last.</summary>
internal static class VarInt
{
    /// <summary>Appends <paramref name="value"/> to <paramref name="buffer"/> at <paramref name="length"/>, growing it as needed.</summary>
    public static void Write(ref byte[] buffer, ref int length, uint value)
    {
        if (buffer.Length - length < 5)
        {
            Array.Resize(ref buffer, Math.Max(16, buffer.Length * 2));
        }

        while (value >= 0x80)
        {
            buffer[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[length++] = (byte)value;
    }

    /// <summary>Writes <paramref name="value"/> into <paramref name="buffer"/> at <paramref name="offset"/>, which must have room, and moves past it.</summary>
    public static void Write(Span<byte> buffer, ref int offset, uint value)
    {
        while (value >= 0x80)
        {
            buffer[offset++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[offset++] = (byte)value;
    }

    /// <summary>How many bytes <paramref name="value"/> takes.</summary>
    public static int Length(uint value) => value < 1u << 7 ? 1 : value < 1u << 14 ? 2 : value < 1u << 21 ? 3 : value < 1u << 28 ? 4 : 5;

    /// <summary>Reads a value at <paramref name="offset"/> and moves past it.</summary>
    public static uint Read(ReadOnlySpan<byte> data, ref int offset)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[offset++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
