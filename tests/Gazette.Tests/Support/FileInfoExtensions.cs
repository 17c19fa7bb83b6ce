namespace Gazette.Tests.Support;

/// <summary>What .NET does not tell of a file: how many names (hard links) it has.</summary>
internal static class FileInfoExtensions
{
    /// <summary>The number of hard links to the file, read with <c>stat</c>.</summary>
    public static long LinkCount(this FileInfo file)
    {
        var start = new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%h", file.FullName]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return long.Parse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
