using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Gazette.Collections;

/// <summary>
/// An immutable array that equals another with the same items in the same order. <see cref="ImmutableArray{T}"/>
/// compares by reference, so a record holding one is unequal to its own copy read back from a cache; records whose
/// equality means something (an article read twice) hold their lists as this instead.
/// </summary>
/// <typeparam name="T">The item type, compared with its default equality.</typeparam>
[CollectionBuilder(typeof(EquatableArrayBuilder), nameof(EquatableArrayBuilder.Create))]
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps <paramref name="items"/>.</summary>
    public EquatableArray(ImmutableArray<T> items) => _items = items;

    /// <summary>The items as an immutable array (never default).</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <summary>How many items there are.</summary>
    public int Length => Items.Length;

    /// <inheritdoc />
    public int Count => Length;

    /// <summary>Whether there are none.</summary>
    public bool IsEmpty => Length == 0;

    /// <inheritdoc />
    public T this[int index] => Items[index];

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Compares item by item.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares item by item.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Enumerates without boxing.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();
}
