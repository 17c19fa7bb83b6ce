namespace Gazette.Collections;

/// <summary>
/// Arrays of plain values allocated on the pinned object heap, for the large buffers a build keeps growing for
/// seconds (the search postings' tables and lists). There the collector never moves them: allocated on the ordinary
/// heap, each survived a young collection or two and was copied into the older generations, megabytes at a time, which
/// made a third of the collection pauses of a 10,000-article build.
/// </summary>
internal static class PinnedArray
{
    /// <summary>A cleared array of <paramref name="length"/> items.</summary>
    public static T[] Cleared<T>(int length)
        where T : unmanaged => GC.AllocateArray<T>(length, pinned: true);

    /// <summary>An array of <paramref name="length"/> items that the caller writes before reading: not cleared.</summary>
    public static T[] Uninitialized<T>(int length)
        where T : unmanaged => GC.AllocateUninitializedArray<T>(length, pinned: true);

    /// <summary>As <see cref="Array.Resize{T}(ref T[], int)"/>: a cleared array of the new length with the items that fit copied in.</summary>
    public static void Resize<T>(ref T[] array, int length)
        where T : unmanaged
    {
        var resized = Cleared<T>(length);
        array.AsSpan(0, Math.Min(array.Length, length)).CopyTo(resized);
        array = resized;
    }
}
