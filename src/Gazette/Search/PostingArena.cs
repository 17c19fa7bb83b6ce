using System.Buffers.Binary;
using System.Numerics;
using Gazette.Collections;

namespace Gazette.Search;

/// <summary>
/// Room for the growing lists of one partition of postings (<see cref="FieldPostings"/>), carved out of blocks of a
/// megabyte. Real text gives hundreds of thousands of keys, most with a list of a few bytes: an array each, grown by
/// copying, made millions of small objects that every collection had to trace, about a second of a 10,000-article
/// build. A list that grows moves to a region twice the size and gives its old one back (<see cref="Free"/>), which the
/// next list to grow to that size takes: left unused, the regions lists had outgrown were as large as the lists, and
/// every page of them was a fault that cost as much as filling it. Used from one thread at a time.
/// </summary>
internal sealed class PostingArena
{
    private const int BlockSize = 1 << 20;

    // A region larger than this gets a block of its own, so that a long list does not leave most of a block unused.
    private const int LargestCarved = 64 * 1024;

    private byte[][] _blocks = new byte[16][];
    private int _count;
    private int _current = -1;
    private int _used;
    private int _lastOffset = -1;

    // For each size 2^k a region can be given back at, the first such region free (its block -1 when there is none);
    // each free region holds the next one's block and offset in its first eight bytes.
    private readonly int[] _freeBlocks = [.. Enumerable.Repeat(-1, 32)];
    private readonly int[] _freeOffsets = new int[32];

    /// <summary>The block with this number.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public byte[] Block(int block) => _blocks[block];

    /// <summary>A region of <paramref name="size"/> bytes, not cleared: its block and where in it the region starts.</summary>
    public (int Block, int Offset) Allocate(int size)
    {
        if (IsReused(size) && _freeBlocks[BitOperations.Log2((uint)size)] >= 0)
        {
            var k = BitOperations.Log2((uint)size);
            var (block, offset) = (_freeBlocks[k], _freeOffsets[k]);
            var link = _blocks[block].AsSpan(offset);
            _freeBlocks[k] = BinaryPrimitives.ReadInt32LittleEndian(link);
            _freeOffsets[k] = BinaryPrimitives.ReadInt32LittleEndian(link[4..]);
            _lastOffset = -1;
            return (block, offset);
        }

        if (size > LargestCarved)
        {
            _lastOffset = -1;
            return (Add(PinnedArray.Uninitialized<byte>(size)), 0);
        }

        if (_current < 0 || BlockSize - _used < size)
        {
            _current = Add(PinnedArray.Uninitialized<byte>(BlockSize));
            _used = 0;
        }

        _lastOffset = _used;
        _used += size;
        return (_current, _lastOffset);
    }

    /// <summary>
    /// Gives back what the last region did not use beyond its first <paramref name="used"/> bytes, when it was carved
    /// from a shared block (a block of its own is kept whole).
    /// </summary>
    public void TrimLast(int used)
    {
        if (_lastOffset >= 0 && _lastOffset + used <= _used)
        {
            _used = _lastOffset + used;
        }
    }

    /// <summary>
    /// Gives back a region of <paramref name="size"/> bytes that is no longer used, for a later region of the same size;
    /// a block of its own is let go.
    /// </summary>
    public void Free(int block, int offset, int size)
    {
        if (IsReused(size))
        {
            var k = BitOperations.Log2((uint)size);
            var region = _blocks[block].AsSpan(offset);
            BinaryPrimitives.WriteInt32LittleEndian(region, _freeBlocks[k]);
            BinaryPrimitives.WriteInt32LittleEndian(region[4..], _freeOffsets[k]);
            _freeBlocks[k] = block;
            _freeOffsets[k] = offset;
        }
        else if (size > LargestCarved)
        {
            _blocks[block] = null!;
        }
    }

    // Regions given back are reused when they are carved from shared blocks and their size a power of two, as a
    // growing list's are, and can hold the link to the next.
    private static bool IsReused(int size) => size is >= 8 and <= LargestCarved && BitOperations.IsPow2(size);

    private int Add(byte[] block)
    {
        if (_count == _blocks.Length)
        {
            Array.Resize(ref _blocks, _count * 2);
        }

        _blocks[_count] = block;
        return _count++;
    }
}
