using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Site;

namespace Gazette.Output;

/// <summary>
/// Decides whether a folder may hold the built site. The output folder is replaced as a whole on every build, so it
/// must be neither a source of the site nor anything holding one; links are resolved first, so that <c>output</c>
/// being a link to <c>input/</c> is seen for what it is. Nothing is read beyond a few links, so a refusal is instant.
/// </summary>
public static class OutputLocation
{
    /// <summary>The output folder with its links resolved; throws <see cref="GazetteException"/> when it may not be used.</summary>
    public static string Resolve(SitePaths paths)
    {
        string output;
        string root;
        try
        {
            output = RealPath.Resolve(paths.Output);
            root = RealPath.Resolve(paths.Root);
        }
        catch (IOException e)
        {
            throw new GazetteException(new GazetteError(paths.Output, null, e.Message));
        }

        var shown = output == Path.GetFullPath(paths.Output) ? paths.Output : $"{paths.Output} (which leads to {output})";
        if (Path.GetPathRoot(output) == output)
        {
            throw Refusal(shown, "it is the root of the file system");
        }

        if (output.Split(Path.DirectorySeparatorChar).Contains(".git", StringComparer.Ordinal))
        {
            throw Refusal(shown, "it is inside a git repository's .git folder");
        }

        if (RealPath.IsSameOrInside(root, output))
        {
            throw Refusal(shown, $"it {(root == output ? "is" : "holds")} the site's own folder {paths.Root}");
        }

        string[] sources = [paths.Input, paths.Theme, paths.Seeds, Path.Combine(paths.Root, "src"), Path.Combine(paths.Root, "tests"), Path.Combine(paths.Root, ".git"), paths.Cache];
        foreach (var source in sources)
        {
            var real = Resolved(source);
            if (RealPath.IsSameOrInside(real, output))
            {
                throw Refusal(shown, $"it {(real == output ? "is" : "holds")} {paths.Relative(source)}/, which the site is made from");
            }

            if (RealPath.IsSameOrInside(output, real))
            {
                throw Refusal(shown, $"it lies inside {paths.Relative(source)}/, which the site is made from");
            }
        }

        var deploy = Resolved(paths.Deploy);
        if (RealPath.IsSameOrInside(deploy, output) || RealPath.IsSameOrInside(output, deploy))
        {
            var where = deploy == output ? "is" : RealPath.IsSameOrInside(deploy, output) ? "holds" : "lies inside";
            throw Refusal(shown, $"it {where} {paths.Relative(paths.Deploy)}/, where the build writes the web server's configuration, which must never be served");
        }

        if (File.Exists(output))
        {
            throw Refusal(shown, "it is a file, not a folder");
        }

        return output;
    }

    private static string Resolved(string path)
    {
        try
        {
            return RealPath.Resolve(path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }

    private static GazetteException Refusal(string output, string why) =>
        new(new GazetteError(output, null, $"refusing to build into this folder: {why}; replacing it would destroy files. Choose a separate --output folder"));
}
