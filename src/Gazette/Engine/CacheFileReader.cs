using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Gazette.Engine;

/// <summary>Reads what a <see cref="CacheFileWriter"/> wrote. Throws <see cref="InvalidDataException"/> on a cut or damaged file.</summary>
internal sealed class CacheFileReader(byte[] data)
{
    private int _position;

    /// <summary>
    /// Opens a cache file and checks that it begins with <paramref name="header"/>; null when it is missing or is
    /// something else (an older format, a damaged file), which callers treat as no cache at all.
    /// </summary>
    public static CacheFileReader? Open(string path, string header)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var reader = new CacheFileReader(File.ReadAllBytes(path));
            return reader.ReadString() == header ? reader : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return null;
        }
    }

    public bool AtEnd => _position == data.Length;

    public bool ReadBoolean() => Take(1)[0] switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("damaged cache file"),
    };

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    public string ReadString()
    {
        var length = ReadInt32();
        if (length < 0 || length > (data.Length - _position) / 2)
        {
            throw new InvalidDataException("damaged cache file");
        }

        var bytes = Take(length * 2);
        if (BitConverter.IsLittleEndian)
        {
            return new string(MemoryMarshal.Cast<byte, char>(bytes));
        }

        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(i * 2, 2));
        }

        return new string(chars);
    }

    public string? ReadOptional() => ReadBoolean() ? ReadString() : null;

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > data.Length - _position)
        {
            throw new InvalidDataException("cut cache file");
        }

        var span = data.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
