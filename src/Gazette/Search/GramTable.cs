using Gazette.Collections;

namespace Gazette.Search;

/// <summary>
/// Numbers the keys a field holds (<see cref="GramKey"/>), 0, 1, 2… in the order they are first seen: open addressing
/// on one array of slots, key and number side by side, because the postings loop asks for hundreds of thousands of
/// keys a batch and a dictionary's buckets and entries cost it twice the memory traffic. A key of at most
/// <see cref="GramKey.MaxLength"/> characters is held as its high half, the characters' units, so that a slot takes
/// eight bytes and a cache line holds eight; no key is 0, which marks an empty slot.
/// </summary>
internal sealed class GramTable
{
    private Slot[] _slots = PinnedArray.Cleared<Slot>(1024);
    private uint[] _keys = PinnedArray.Cleared<uint>(1024);
    private int _shift = 32 - 10;

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The key with this number: keys read by number come in the order they were first seen.</summary>
    public ulong KeyOf(int number) => (ulong)_keys[number] << 32;

    /// <summary>The number of <paramref name="key"/>, or -1 when the table does not hold it.</summary>
    public int Find(ulong key)
    {
        var held = Probe(HighHalf(key));
        return held.Key == 0 ? -1 : held.Number;
    }

    /// <summary>The number of <paramref name="key"/>, which is given the next one if the table did not hold it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Number(ulong key, out bool added)
    {
        var wanted = HighHalf(key);
        ref var held = ref Probe(wanted);
        if (held.Key == wanted)
        {
            added = false;
            return held.Number;
        }

        held = new Slot(wanted, Count);
        if (Count == _keys.Length)
        {
            PinnedArray.Resize(ref _keys, Count * 2);
        }

        _keys[Count] = wanted;
        added = true;
        if (++Count * 2 > _slots.Length)
        {
            Grow();
        }

        return Count - 1;
    }

    // The slot that holds the key, or the empty slot where it would go.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ref Slot Probe(uint key)
    {
        var mask = _slots.Length - 1;
        for (var slot = SlotOf(key); ; slot = (slot + 1) & mask)
        {
            ref var held = ref _slots[slot];
            if (held.Key == key || held.Key == 0)
            {
                return ref held;
            }
        }
    }

    /// <summary>
    /// Asks the processor to bring into its cache the slot where the search for the pair key <paramref name="pair"/>
    /// starts, so that the lookup a little later finds it there: the postings loop knows its next pairs, and without
    /// this each lookup waited on a trip to memory.
    /// </summary>
    /// <remarks>The slots are on the pinned heap, so their address stays good while the processor fetches them.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Prefetch(uint pair) => CacheLine.Prefetch(in _slots[SlotOf(pair)]);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint HighHalf(ulong key) =>
        (uint)key == 0 ? (uint)(key >> 32) : throw new ArgumentOutOfRangeException(nameof(key), key, $"a key of more than {GramKey.MaxLength} characters");

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int SlotOf(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

    private void Grow()
    {
        var slots = _slots;
        _slots = PinnedArray.Cleared<Slot>(slots.Length * 2);
        _shift--;
        foreach (var held in slots)
        {
            if (held.Key != 0)
            {
                // Not in the new slots yet, so the probe ends at the empty slot where it goes.
                Probe(held.Key) = held;
            }
        }
    }

    private readonly record struct Slot(uint Key, int Number);
}
