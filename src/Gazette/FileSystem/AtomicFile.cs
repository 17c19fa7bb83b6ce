namespace Gazette.FileSystem;

/// <summary>Writes files so that a reader, or an interrupted run, sees the old file or the new one, never half of one.</summary>
internal static class AtomicFile
{
    /// <summary>
    /// How the temporary files end, so that one left by a killed process is known for what it is (and removed by the
    /// next scan of the folder) rather than taken for a source file.
    /// </summary>
    public const string TemporarySuffix = ".gazette-tmp";

    /// <summary>Whether a file is a temporary one an interrupted write left behind.</summary>
    public static bool IsTemporary(string path) => path.EndsWith(TemporarySuffix, StringComparison.Ordinal);

    /// <summary>Writes to a temporary file beside the target, then renames it over the target.</summary>
    public static async Task WriteAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
