namespace Gazette.Output;

/// <summary>Keeps every written file inside the output folder, whatever a slug or theme file is called.</summary>
internal static class SitePathGuard
{
    /// <summary>
    /// Resolves a site path under <paramref name="outputRoot"/>; throws when it is absolute, climbs out with
    /// <c>..</c>, or otherwise lands outside.
    /// </summary>
    public static string Resolve(string outputRoot, string sitePath)
    {
        Check(sitePath);

        var root = Path.GetFullPath(outputRoot);
        var full = Path.GetFullPath(Path.Combine(root, sitePath));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write '{sitePath}': it would land outside the output folder");
        }

        return full;
    }

    /// <summary>Throws when a site path is not a plain relative path: absolute, climbing out with <c>..</c>, or with empty parts.</summary>
    public static void Check(string sitePath)
    {
        if (sitePath.Length == 0 || Path.IsPathRooted(sitePath) || sitePath.Contains('\\', StringComparison.Ordinal)
            || sitePath.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            throw new InvalidOperationException($"refusing to write '{sitePath}': not a plain path inside the output folder");
        }
    }
}
