namespace Gazette.Collections;

/// <summary>Makes <see cref="EquatableArray{T}"/> from collection expressions.</summary>
internal static class EquatableArrayBuilder
{
    /// <summary>An array of these items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, copied.</param>
    /// <returns>The array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);
}
