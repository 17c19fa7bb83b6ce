using System.IO.Hashing;

namespace Gazette.Incremental;

/// <summary>
/// A file as a run last saw it: its size, modification time and the hash of its content. A later run believes size
/// and time alone when the time was old enough to be trusted when seen (a second edit within the file system's time
/// granularity would not move it), and otherwise reads the file and compares hashes, as <see cref="InputSnapshot"/> does.
/// </summary>
/// <param name="Size">Its length in bytes.</param>
/// <param name="WriteTimeTicks">Its last modification time (UTC ticks).</param>
/// <param name="Hash">The XxHash3 of its content.</param>
/// <param name="TimeTrusted">Whether its time was old enough, when seen, for size and time alone to vouch for its content.</param>
internal readonly record struct RememberedFile(long Size, long WriteTimeTicks, ulong Hash, bool TimeTrusted)
{
    /// <summary>
    /// How close to a look a time may not be trusted: coarse file systems (FAT, some network shares) keep times to 2 s,
    /// so a second write within that span would not move it.
    /// </summary>
    public static readonly long RacyTicks = TimeSpan.FromSeconds(3).Ticks;

    /// <summary>A file of these bytes, seen with this size and time at <paramref name="seenAtTicks"/> (UTC ticks).</summary>
    public static RememberedFile Of(long size, long writeTimeTicks, ReadOnlySpan<byte> content, long seenAtTicks) =>
        new(size, writeTimeTicks, XxHash3.HashToUInt64(content), writeTimeTicks < seenAtTicks - RacyTicks);

    /// <summary>
    /// Whether a file now of this size and time still holds the remembered content. <paramref name="read"/> is called
    /// only when size and time cannot decide; what it read comes back in <paramref name="content"/>, null otherwise.
    /// </summary>
    public bool Matches(long size, long writeTimeTicks, Func<byte[]> read, out byte[]? content)
    {
        content = null;
        if (size != Size)
        {
            return false;
        }

        if (TimeTrusted && writeTimeTicks == WriteTimeTicks)
        {
            return true;
        }

        content = read();
        return XxHash3.HashToUInt64(content) == Hash;
    }

    /// <summary>The file at <paramref name="path"/> as it is now, seen at <paramref name="seenAtTicks"/>; null when there is none.</summary>
    public static RememberedFile? Look(string path, long seenAtTicks)
    {
        var file = new FileInfo(path);
        return file.Exists ? Of(file.Length, file.LastWriteTimeUtc.Ticks, File.ReadAllBytes(path), seenAtTicks) : null;
    }

    /// <summary>Whether the file at <paramref name="path"/> still is as remembered, a missing file included (null).</summary>
    public static bool StillHolds(RememberedFile? remembered, string path)
    {
        var file = new FileInfo(path);
        if (remembered is not { } known)
        {
            return !file.Exists;
        }

        return file.Exists && known.Matches(file.Length, file.LastWriteTimeUtc.Ticks, () => File.ReadAllBytes(path), out _);
    }
}
