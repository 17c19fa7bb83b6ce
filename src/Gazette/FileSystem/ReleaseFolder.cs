namespace Gazette.FileSystem;

/// <summary>Deletes a folder Gazette made, however a person or a failed build left its permissions.</summary>
internal static class ReleaseFolder
{
    /// <summary>
    /// Deletes the folder and everything in it, if it exists; links inside are removed, never followed. Where a link or
    /// a file stands in the folder's place, only that link or file is removed, so that nothing is written through it.
    /// </summary>
    public static void Delete(string folder)
    {
        if (new DirectoryInfo(folder).LinkTarget is not null || File.Exists(folder))
        {
            File.Delete(folder);
            return;
        }

        if (!Directory.Exists(folder))
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (UnauthorizedAccessException) when (!OperatingSystem.IsWindows())
        {
            // A read-only folder inside cannot be emptied; the folders are Gazette's own, so make them writable and retry.
            foreach (var inner in new DirectoryInfo(folder).EnumerateDirectories("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).Prepend(new DirectoryInfo(folder)))
            {
                inner.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            }

            Directory.Delete(folder, recursive: true);
        }
    }
}
