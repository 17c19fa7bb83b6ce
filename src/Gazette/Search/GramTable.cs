namespace Gazette.Search;

/// <summary>
/// Numbers the keys a field holds (<see cref="GramKey"/>), 0, 1, 2… in the order they are first seen: open addressing
/// on one array of keys, because the postings loop asks for a key at every character and a dictionary's buckets and
/// entries cost it twice the memory traffic. No key is 0, which marks an empty slot.
/// </summary>
internal sealed class GramTable
{
    private ulong[] _keys = new ulong[1024];
    private int[] _numbers = new int[1024];
    private int _shift = 64 - 10;

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The number of <paramref name="key"/>, which is given the next one if the table did not hold it.</summary>
    public int Number(ulong key, out bool added)
    {
        var mask = _keys.Length - 1;
        for (var slot = (int)((key * 0x9E3779B97F4A7C15ul) >> _shift); ; slot = (slot + 1) & mask)
        {
            var held = _keys[slot];
            if (held == key)
            {
                added = false;
                return _numbers[slot];
            }

            if (held == 0)
            {
                _keys[slot] = key;
                _numbers[slot] = Count;
                added = true;
                if (++Count * 2 > _keys.Length)
                {
                    Grow();
                }

                return Count - 1;
            }
        }
    }

    /// <summary>Every key with its number, in no particular order.</summary>
    public IEnumerable<(ulong Key, int Number)> Keys()
    {
        for (var slot = 0; slot < _keys.Length; slot++)
        {
            if (_keys[slot] != 0)
            {
                yield return (_keys[slot], _numbers[slot]);
            }
        }
    }

    private void Grow()
    {
        var (keys, numbers) = (_keys, _numbers);
        _keys = new ulong[keys.Length * 2];
        _numbers = new int[keys.Length * 2];
        _shift--;
        var mask = _keys.Length - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                var slot = (int)((keys[i] * 0x9E3779B97F4A7C15ul) >> _shift);
                while (_keys[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _keys[slot] = keys[i];
                _numbers[slot] = numbers[i];
            }
        }
    }
}
