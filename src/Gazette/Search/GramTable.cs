using Gazette.Collections;

namespace Gazette.Search;

/// <summary>
/// Numbers the keys a field holds (<see cref="GramKey"/>), 0, 1, 2… in the order they are first seen: open addressing
/// on one array of slots, key and number side by side, because the postings loop asks for hundreds of thousands of
/// keys a batch and a dictionary's buckets and entries cost it twice the memory traffic. No key is 0, which marks an
/// empty slot.
/// </summary>
internal sealed class GramTable
{
    private Slot[] _slots = PinnedArray.Cleared<Slot>(1024);
    private ulong[] _keys = PinnedArray.Cleared<ulong>(1024);
    private int _shift = 64 - 10;

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The key with this number: keys read by number come in the order they were first seen.</summary>
    public ulong KeyOf(int number) => _keys[number];

    /// <summary>The number of <paramref name="key"/>, or -1 when the table does not hold it.</summary>
    public int Find(ulong key)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)((key * 0x9E3779B97F4A7C15ul) >> _shift); ; slot = (slot + 1) & mask)
        {
            var held = _slots[slot];
            if (held.Key == key)
            {
                return held.Number;
            }

            if (held.Key == 0)
            {
                return -1;
            }
        }
    }

    /// <summary>The number of <paramref name="key"/>, which is given the next one if the table did not hold it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Number(ulong key, out bool added)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)((key * 0x9E3779B97F4A7C15ul) >> _shift); ; slot = (slot + 1) & mask)
        {
            ref var held = ref _slots[slot];
            if (held.Key == key)
            {
                added = false;
                return held.Number;
            }

            if (held.Key == 0)
            {
                held = new Slot(key, Count);
                if (Count == _keys.Length)
                {
                    PinnedArray.Resize(ref _keys, Count * 2);
                }

                _keys[Count] = key;
                added = true;
                if (++Count * 2 > _slots.Length)
                {
                    Grow();
                }

                return Count - 1;
            }
        }
    }

    private void Grow()
    {
        var slots = _slots;
        _slots = PinnedArray.Cleared<Slot>(slots.Length * 2);
        _shift--;
        var mask = _slots.Length - 1;
        foreach (var held in slots)
        {
            if (held.Key != 0)
            {
                var slot = (int)((held.Key * 0x9E3779B97F4A7C15ul) >> _shift);
                while (_slots[slot].Key != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = held;
            }
        }
    }

    private readonly record struct Slot(ulong Key, int Number);
}
