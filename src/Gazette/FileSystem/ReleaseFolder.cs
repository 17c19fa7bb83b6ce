namespace Gazette.FileSystem;

/// <summary>Deletes a folder Gazette made, however a person or a failed build left its permissions.</summary>
internal static class ReleaseFolder
{
    /// <summary>Deletes the folder and everything in it, if it exists; links inside are removed, never followed.</summary>
    public static void Delete(string folder)
    {
        if (!Directory.Exists(folder) || new DirectoryInfo(folder).LinkTarget is not null)
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
