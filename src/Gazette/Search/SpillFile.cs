using System.Buffers.Binary;

namespace Gazette.Search;

/// <summary>
/// A run of shard entries on disk, in the order shards are made of them: by the key's bucket (its shard among the
/// most there can be, <see cref="BucketBits"/>; a shard among fewer is a run of buckets), then by key. Each entry is
/// its key, then for its title list and its body list the document count, <c>length * 2 + bitmap</c> and the bytes.
/// Written once, read once, front to back.
/// </summary>
internal sealed class SpillFile : IDisposable
{
    /// <summary>How many bits of a key's hash make its bucket: as many as pick a shard in the largest index.</summary>
    public const int BucketBits = 16;

    private const int BufferSize = 1 << 20;

    private readonly FileStream _file;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _offset;
    private int _length;

    private SpillFile(string path) =>
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    /// <summary>The bucket of a key.</summary>
    public static int BucketOf(ulong key) => GramKey.ShardOf(key, BucketBits);

    /// <summary>Whether <paramref name="a"/> comes before <paramref name="b"/> in a run: by bucket, then key.</summary>
    public static int Compare(ulong a, ulong b)
    {
        var bucket = BucketOf(a).CompareTo(BucketOf(b));
        return bucket != 0 ? bucket : a.CompareTo(b);
    }

    /// <summary>Writes the entries as a run (sorted here, each key's bucket found once) to a new file at <paramref name="path"/>.</summary>
    public static void Write(string path, List<ShardEntry> entries)
    {
        var order = new (int Bucket, ulong Key)[entries.Count];
        var sorted = entries.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            order[i] = (BucketOf(sorted[i].Key), sorted[i].Key);
        }

        Array.Sort(order, sorted);
        using var writer = new Writer(path);
        foreach (var entry in sorted)
        {
            writer.Add(entry);
        }
    }

    /// <summary>The entries of a run, in its order; their lists are their own arrays.</summary>
    public static IEnumerable<ShardEntry> Read(string path)
    {
        using var file = new SpillFile(path);
        while (file.Next() is { } entry)
        {
            yield return entry;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    private ShardEntry? Next()
    {
        if (!Fill(8))
        {
            return _length == _offset ? null : throw new InvalidDataException("a search spill file ends inside an entry");
        }

        var key = BinaryPrimitives.ReadUInt64LittleEndian(_buffer.AsSpan(_offset));
        _offset += 8;
        return new ShardEntry(key, List(), List());
    }

    private PostingBytes List()
    {
        var documents = (int)VarInt();
        var header = VarInt();
        var bytes = new byte[header >> 1];
        for (var copied = 0; copied < bytes.Length;)
        {
            var part = Fill(1) ? Math.Min(bytes.Length - copied, _length - _offset) : throw new InvalidDataException("a search spill file ends inside a list");
            _buffer.AsSpan(_offset, part).CopyTo(bytes.AsSpan(copied));
            _offset += part;
            copied += part;
        }

        return new PostingBytes(documents, (header & 1) != 0, bytes);
    }

    private uint VarInt()
    {
        Fill(5);
        return Search.VarInt.Read(_buffer.AsSpan(0, _length), ref _offset);
    }

    // Makes `count` bytes readable, or as many as the file has left; says whether there are `count`.
    private bool Fill(int count)
    {
        if (_length - _offset >= count)
        {
            return true;
        }

        _buffer.AsSpan(_offset, _length - _offset).CopyTo(_buffer);
        _length -= _offset;
        _offset = 0;
        for (int read; _length < count && (read = _file.Read(_buffer, _length, _buffer.Length - _length)) > 0;)
        {
            _length += read;
        }

        return _length >= count;
    }

    /// <summary>Writes a run, entry by entry, in its order.</summary>
    internal sealed class Writer : IDisposable
    {
        private readonly BufferedStream _file;
        private byte[] _scratch = new byte[32];

        /// <summary>A new run at <paramref name="path"/>.</summary>
        public Writer(string path) =>
            _file = new BufferedStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1), BufferSize);

        /// <summary>Appends an entry, which must come after the last.</summary>
        public void Add(ShardEntry entry)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(_scratch, entry.Key);
            _file.Write(_scratch, 0, 8);
            foreach (var list in (ReadOnlySpan<PostingBytes>)[entry.Title, entry.Body])
            {
                var length = 0;
                Search.VarInt.Write(ref _scratch, ref length, (uint)list.Documents);
                Search.VarInt.Write(ref _scratch, ref length, ((uint)list.Bytes.Length << 1) | (list.Bitmap ? 1u : 0u));
                _file.Write(_scratch, 0, length);
                _file.Write(list.Bytes.Span);
            }
        }

        /// <inheritdoc />
        public void Dispose() => _file.Dispose();
    }
}
