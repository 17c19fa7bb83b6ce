namespace Gazette.Incremental;

/// <summary>One file a build reads, as found on disk.</summary>
/// <param name="FullPath">Where it is.</param>
/// <param name="RelativePath">Its path from the site root with '/' separators, e.g. <c>input/zxzx/a.md</c>.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="WriteTimeTicks">Its last modification time (UTC ticks).</param>
/// <param name="Hash">The XxHash3 of its content.</param>
internal sealed record InputFile(string FullPath, string RelativePath, long Size, long WriteTimeTicks, ulong Hash);
