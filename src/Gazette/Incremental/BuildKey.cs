using System.IO.Hashing;

namespace Gazette.Incremental;

/// <summary>
/// The Gazette build every cache is valid for. Each key of what a rebuild remembers starts from it, so a new Gazette
/// (whose parsing or rendering may differ) never trusts what an older one kept.
/// </summary>
internal static class BuildKey
{
    private static readonly byte[] Build = typeof(BuildKey).Assembly.ManifestModule.ModuleVersionId.ToByteArray();

    /// <summary>A hash that already holds the build; append what else the key depends on.</summary>
    public static XxHash3 NewHash()
    {
        var hash = new XxHash3();
        hash.Append(Build);
        return hash;
    }

    /// <summary>The key of something decided by one value and the build.</summary>
    public static ulong For(ulong value)
    {
        var hash = NewHash();
        hash.Append(BitConverter.GetBytes(value));
        return hash.GetCurrentHashAsUInt64();
    }
}
