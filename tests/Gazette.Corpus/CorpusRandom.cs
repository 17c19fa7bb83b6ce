namespace Gazette.Corpus;

/// <summary>
/// Stable per-item randomness for the generators: item <c>index</c> of a corpus made with <c>seed</c> always draws the
/// same numbers, in every process, whatever the count (<see cref="HashCode"/> is seeded per process, so it cannot
/// serve here). A stream number keeps the article, the seed page and the seed name of one index independent.
/// </summary>
internal static class CorpusRandom
{
    /// <summary>The generator for one item of one stream.</summary>
    public static Random For(int seed, int index, int stream) => new((int)(Mix(seed, index, stream) & int.MaxValue));

    /// <summary>
    /// 64 well-mixed bits for one item of one stream. For a given seed and stream, distinct indexes give distinct values:
    /// the input is one-to-one in the index and the SplitMix64 finalizer is a bijection.
    /// </summary>
    public static ulong Mix(int seed, int index, int stream)
    {
        unchecked
        {
            var x = (((ulong)(uint)seed << 32) | (uint)index) ^ ((ulong)(uint)stream * 0x9E3779B97F4A7C15UL);
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }
}
