namespace Gazette.Search;

/// <summary>
/// Where each document's text starts when a field's texts are laid end to end, so that an occurrence need only note a
/// position (<see cref="PairOccurrence"/>). Documents come in increasing order, not necessarily one after another.
/// </summary>
internal sealed class DocumentStarts
{
    private int[] _documents = new int[64];
    private uint[] _starts = new uint[64];
    private int _count;
    private int[]? _stretches;
    private int _shift;

    /// <summary>Where the next text starts: the length of every text added.</summary>
    public uint End { get; private set; }

    /// <summary>Notes that document <paramref name="document"/>'s text of <paramref name="length"/> characters comes next; where it starts.</summary>
    public uint Add(int document, int length)
    {
        if ((ulong)End + (ulong)length > uint.MaxValue)
        {
            throw new InvalidOperationException("a segment of the search index's postings holds at most 4 G characters of text");
        }

        if (_count == _documents.Length)
        {
            Array.Resize(ref _documents, _count * 2);
            Array.Resize(ref _starts, _count * 2);
        }

        var start = End;
        _stretches = null;
        _documents[_count] = document;
        _starts[_count++] = start;
        End += (uint)length;
        return start;
    }

    /// <summary>The document and place of <paramref name="position"/>, which lies in a text added before.</summary>
    /// <remarks>
    /// Asked for every occurrence of every key: a table by position, made at the first call, gives the documents that
    /// start in its stretch of the text, each stretch about a document long, so that most lookups read two entries.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public (int Document, int Place) Locate(uint position)
    {
        _stretches ??= Stretches();
        var stretch = position >> _shift;
        // The last document that starts at or before the position lies between the last ones to start at or before
        // this stretch and the next.
        var low = _stretches[stretch];
        var high = _stretches[stretch + 1];
        while (low < high)
        {
            var middle = (low + high + 1) >>> 1;
            if (_starts[middle] <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (_documents[low], (int)(position - _starts[low]));
    }

    // For each stretch of 2^_shift characters, and one past the end, the last document starting at or before it.
    private int[] Stretches()
    {
        var average = Math.Max(1, End / (uint)Math.Max(1, _count));
        _shift = System.Numerics.BitOperations.Log2(average);
        var stretches = new int[(End >> _shift) + 2];
        var document = 0;
        for (var stretch = 0; stretch < stretches.Length; stretch++)
        {
            var start = (ulong)stretch << _shift;
            while (document + 1 < _count && _starts[document + 1] <= start)
            {
                document++;
            }

            stretches[stretch] = document;
        }

        return stretches;
    }
}
