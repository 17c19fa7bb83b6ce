using Gazette.FileSystem;
using Gazette.Incremental;

namespace Gazette.Output;

/// <summary>The files of the deployed output that Gazette did not write and that a new release carries over.</summary>
internal static class ForeignFiles
{
    /// <summary>
    /// The files of the output Gazette did not write and that the new release keeps; says how many of the files it did
    /// write the site no longer has (those are left out of the release, so removed).
    /// </summary>
    public static List<string> Of(OutputManifest? manifest, DeployedFiles deployed, SitePathPlan plan, out int removed)
    {
        removed = 0;
        var foreign = new List<string>();
        foreach (var sitePath in deployed.SitePaths)
        {
            if (plan.Files.Contains(sitePath))
            {
                continue;
            }

            // A file of ours the site no longer has is left out, and so removed. A person's file stays, unless the site
            // now needs its place (as a page of its own or a folder).
            var ours = manifest is not null && manifest.Entries.ContainsKey(sitePath) && !deployed.Links.Contains(sitePath);
            if (ours)
            {
                removed++;
            }
            else if (plan.Leaves(sitePath))
            {
                foreign.Add(sitePath);
            }
        }

        return foreign;
    }
}
