using Gazette.Collections;

namespace Gazette.Related;

/// <summary>
/// A count for each term (<see cref="TextTerms"/>), kept in the order the terms were first added: open addressing on
/// one array of slots, term and count side by side. The related index counts every term of every article twice and
/// looks each up among the hundreds of thousands of the archive, where a dictionary's buckets and entries cost two
/// trips to memory a lookup; emptied, it forgets only the slots it used. No term is 0, which marks an empty slot.
/// </summary>
/// <remarks>
/// A table of the archive's terms is larger than the processor's caches, and a lookup waits on memory: a caller that
/// knows which terms come next has their slots fetched ahead (<see cref="Prefetch"/>), so that the waits overlap. The
/// slots are on the pinned heap, so that an address fetched stays theirs.
/// </remarks>
internal sealed class TermCounts
{
    private Slot[] _slots;
    private int[] _order;
    private int _shift;

    /// <summary>An empty table with room for about <paramref name="capacity"/> terms before it grows.</summary>
    public TermCounts(int capacity = 512)
    {
        var slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = PinnedArray.Cleared<Slot>(slots);
        _order = new int[slots / 2];
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)slots);
    }

    /// <summary>How many terms the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The term added <paramref name="index"/>th, and its count.</summary>
    public (ulong Term, int Count) this[int index]
    {
        get
        {
            ref readonly var slot = ref _slots[_order[index]];
            return (slot.Term, slot.Count);
        }
    }

    /// <summary>The count of <paramref name="term"/>; 0 when the table does not hold it.</summary>
    public int Of(ulong term) => _slots[Probe(term)].Count;

    /// <summary>Adds <paramref name="amount"/> to the count of <paramref name="term"/> (not 0), which starts at 0.</summary>
    public void Add(ulong term, int amount)
    {
        if (term == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(term), term, "no term is 0");
        }

        var at = Probe(term);
        ref var slot = ref _slots[at];
        if (slot.Term == 0)
        {
            slot.Term = term;
            _order[Count++] = at;
            if (Count == _order.Length)
            {
                Grow();
                at = Probe(term);
            }
        }

        _slots[at].Count += amount;
    }

    /// <summary>Asks the processor to bring into its cache the slot where the search for <paramref name="term"/> starts.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ulong term) => CacheLine.Prefetch(in _slots[SlotOf(term)]);

    /// <summary>As <see cref="Prefetch"/>, for the term added <paramref name="index"/>th to <paramref name="terms"/>, when it holds that many.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void PrefetchTermOf(TermCounts terms, int index)
    {
        if (index < terms.Count)
        {
            Prefetch(terms[index].Term);
        }
    }

    /// <summary>Forgets every term, touching only the slots in use.</summary>
    public void Clear()
    {
        for (var i = 0; i < Count; i++)
        {
            _slots[_order[i]] = default;
        }

        Count = 0;
    }

    // The slot that holds the term, or the empty slot where it would go.
    private int Probe(ulong term)
    {
        var mask = _slots.Length - 1;
        for (var at = SlotOf(term); ; at = (at + 1) & mask)
        {
            var held = _slots[at].Term;
            if (held == term || held == 0)
            {
                return at;
            }
        }
    }

    private int SlotOf(ulong term) => (int)((term * 0x9E3779B97F4A7C15UL) >> _shift);

    // Twice the slots, the terms placed again in the order they were added, so that the order stays.
    private void Grow()
    {
        var slots = _slots;
        var order = _order;
        var count = Count;
        _slots = PinnedArray.Cleared<Slot>(slots.Length * 2);
        _order = new int[slots.Length];
        _shift--;
        Count = 0;
        for (var i = 0; i < count; i++)
        {
            var slot = slots[order[i]];
            var at = Probe(slot.Term);
            _slots[at] = slot;
            _order[Count++] = at;
        }
    }

    private struct Slot
    {
        public ulong Term;
        public int Count;
    }
}
