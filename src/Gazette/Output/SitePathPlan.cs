namespace Gazette.Output;

/// <summary>
/// The files of a release and the folders they need. A path may be a file or a folder, never both: <c>/old/notice</c>
/// as a page and <c>/old/notice/index.html</c> cannot live side by side.
/// </summary>
internal sealed class SitePathPlan
{
    private SitePathPlan(HashSet<string> files, HashSet<string> folders)
    {
        Files = files;
        Folders = folders;
    }

    /// <summary>The files, by site path.</summary>
    public HashSet<string> Files { get; }

    /// <summary>Every folder that holds one of the files, at any depth.</summary>
    public HashSet<string> Folders { get; }

    /// <summary>The plan of these paths; throws <see cref="InvalidOperationException"/> for a path that leaves the output folder.</summary>
    public static SitePathPlan For(IEnumerable<string> sitePaths)
    {
        var plan = new SitePathPlan(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        foreach (var sitePath in sitePaths)
        {
            // Refuse a bad path before anything is written anywhere.
            SitePathGuard.Check(sitePath);
            plan.Add(sitePath);
        }

        return plan;
    }

    /// <summary>
    /// This plan with files found in a folder added (the files of the deployed output a release carries over); they
    /// are not checked, since they are already there, whatever their names.
    /// </summary>
    public SitePathPlan Including(IEnumerable<string> found)
    {
        var plan = new SitePathPlan(new HashSet<string>(Files, StringComparer.Ordinal), new HashSet<string>(Folders, StringComparer.Ordinal));
        foreach (var sitePath in found)
        {
            plan.Add(sitePath);
        }

        return plan;
    }

    private void Add(string sitePath)
    {
        Files.Add(sitePath);
        for (var slash = sitePath.LastIndexOf('/'); slash > 0 && Folders.Add(sitePath[..slash]); slash = sitePath.LastIndexOf('/', slash - 1))
        {
        }
    }

    /// <summary>The paths that are both a file and a folder of another file, in order.</summary>
    public IEnumerable<string> Clashes => Files.Where(Folders.Contains).Order(StringComparer.Ordinal);

    /// <summary>Whether a file at <paramref name="sitePath"/> could stand beside this plan's files without taking or blocking a place.</summary>
    public bool Leaves(string sitePath)
    {
        if (Files.Contains(sitePath) || Folders.Contains(sitePath))
        {
            return false;
        }

        for (var slash = sitePath.LastIndexOf('/'); slash > 0; slash = sitePath.LastIndexOf('/', slash - 1))
        {
            if (Files.Contains(sitePath[..slash]))
            {
                return false;
            }
        }

        return true;
    }
}
