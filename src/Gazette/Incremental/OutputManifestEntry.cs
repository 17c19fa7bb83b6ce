using Gazette.FileSystem;

namespace Gazette.Incremental;

/// <summary>One written file as the manifest remembers it.</summary>
/// <param name="Size">Its length in bytes.</param>
/// <param name="WriteTimeTicks">Its last write time, UTC ticks, as the file system reported after writing.</param>
/// <param name="Hash">XxHash3 of its bytes.</param>
internal sealed record OutputManifestEntry(long Size, long WriteTimeTicks, ulong Hash)
{
    /// <summary>Whether the folder holds the file with exactly the size and time recorded, so holds what was written.</summary>
    public bool IsIn(DeployedFiles deployed, string sitePath) => deployed.Holds(sitePath, Size, WriteTimeTicks);
}
