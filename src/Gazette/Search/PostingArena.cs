using Gazette.Collections;

namespace Gazette.Search;

/// <summary>
/// Room for the growing lists of one partition of postings (<see cref="FieldPostings"/>), carved out of blocks of a
/// megabyte. Real text gives hundreds of thousands of keys, most with a list of a few bytes: an array each, grown by
/// copying, made millions of small objects that every collection had to trace, about a second of a 10,000-article
/// build. A list that grows moves to a larger region and leaves its old one unused until the arena is let go, as a
/// grown array did until it was collected. Used from one thread at a time.
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

    /// <summary>The block with this number.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public byte[] Block(int block) => _blocks[block];

    /// <summary>A region of <paramref name="size"/> bytes, not cleared: its block and where in it the region starts.</summary>
    public (int Block, int Offset) Allocate(int size)
    {
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
