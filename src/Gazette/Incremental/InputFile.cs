namespace Gazette.Incremental;

/// <summary>One file a build reads, as found on disk.</summary>
/// <param name="FullPath">Where it is.</param>
/// <param name="RelativePath">Its path from the site root with '/' separators, e.g. <c>input/zxzx/a.md</c>.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="WriteTimeTicks">Its last modification time (UTC ticks).</param>
/// <param name="Hash">The XxHash3 of its content (0 while <see cref="HashPending"/>).</param>
internal sealed record InputFile(string FullPath, string RelativePath, long Size, long WriteTimeTicks, ulong Hash)
{
    /// <summary>
    /// Whether the scan left the hash to whoever reads the file next (the content loader), so that a cold build reads
    /// each article once rather than once to hash it and again to load it.
    /// </summary>
    public bool HashPending { get; init; }
}
