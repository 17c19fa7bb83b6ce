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
        _documents[_count] = document;
        _starts[_count++] = start;
        End += (uint)length;
        return start;
    }

    /// <summary>
    /// The document and place of <paramref name="position"/>, looked for from the document at <paramref name="index"/>
    /// (0 at first), which is moved to it: positions asked in increasing order cost a step or two each.
    /// </summary>
    public (int Document, int Place) Locate(uint position, ref int index)
    {
        if (index + 1 < _count && _starts[index + 1] <= position)
        {
            // Galloping: the last start at or before the position lies between low and high.
            var low = index + 1;
            var step = 1;
            while (low + step < _count && _starts[low + step] <= position)
            {
                low += step;
                step <<= 1;
            }

            var high = Math.Min(low + step, _count);
            while (high - low > 1)
            {
                var middle = (low + high) >>> 1;
                if (_starts[middle] <= position)
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }

            index = low;
        }

        return (_documents[index], (int)(position - _starts[index]));
    }
}
