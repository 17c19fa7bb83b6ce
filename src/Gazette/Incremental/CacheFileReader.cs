using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Gazette.Incremental;

/// <summary>
/// Reads what a <see cref="CacheFileWriter"/> wrote. Every file ends with a checksum of what precedes it, checked
/// before anything is read, so that a damaged cache counts as no cache rather than feeding a page a wrong character.
/// Throws <see cref="InvalidDataException"/> when a file that passed the check is still not what the reader expects.
/// </summary>
internal sealed class CacheFileReader
{
    private readonly byte[] _data;
    private readonly int _length;
    private int _position;

    private CacheFileReader(byte[] data, int length)
    {
        _data = data;
        _length = length;
    }

    /// <summary>A reader of a whole cache file's bytes; null when its checksum does not match (a damaged or cut file).</summary>
    public static CacheFileReader? FromBytes(byte[] data)
    {
        if (data.Length < CacheFileWriter.ChecksumLength)
        {
            return null;
        }

        var length = data.Length - CacheFileWriter.ChecksumLength;
        var expected = BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(length));
        return System.IO.Hashing.XxHash3.HashToUInt64(data.AsSpan(0, length)) == expected ? new CacheFileReader(data, length) : null;
    }

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
            return FromBytes(File.ReadAllBytes(path)) is { } reader && reader.ReadString() == header ? reader : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return null;
        }
    }

    public bool AtEnd => _position == _length;

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
        if (length < 0 || length > (_length - _position) / 2)
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
        if (count > _length - _position)
        {
            throw new InvalidDataException("cut cache file");
        }

        var span = _data.AsSpan(_position, count);
        _position += count;
        return span;
    }
}
