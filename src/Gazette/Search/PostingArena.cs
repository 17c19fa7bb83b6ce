namespace Gazette.Search;

/// <summary>
/// Room for the lists of one partition of postings (<see cref="PostingWriter"/>), carved out of blocks of a megabyte.
/// Real text gives hundreds of thousands of keys, most with a list of a few bytes: an array each made millions of small
/// objects that every collection had to trace, about a second of a 10,000-article build. Used from one thread at a time.
/// </summary>
internal sealed class PostingArena
{
    private const int BlockSize = 1 << 20;

    // A region larger than this gets an array of its own, so that a long list does not leave most of a block unused.
    private const int LargestCarved = 64 * 1024;

    private byte[] _block = [];
    private int _used;

    /// <summary>A region of <paramref name="size"/> bytes, not cleared, that no other region overlaps.</summary>
    public Memory<byte> Allocate(int size)
    {
        if (size > LargestCarved)
        {
            return GC.AllocateUninitializedArray<byte>(size);
        }

        if (_block.Length - _used < size)
        {
            _block = GC.AllocateUninitializedArray<byte>(BlockSize);
            _used = 0;
        }

        var region = _block.AsMemory(_used, size);
        _used += size;
        return region;
    }
}
