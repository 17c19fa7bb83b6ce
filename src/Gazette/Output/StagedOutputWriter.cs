using Gazette.Diagnostics;
using Gazette.Site;

namespace Gazette.Output;

/// <summary>
/// The one writer of <c>output/</c>. It writes the whole site into a staging folder beside the output and swaps it in
/// only when everything was written, so a failed or interrupted build never leaves the deployed folder half-changed.
/// </summary>
public sealed class StagedOutputWriter(SitePaths paths)
{
    /// <summary>
    /// Writes the files and swaps them in; returns how many differ from the deployed folder. A file whose bytes did
    /// not change keeps its old modification time, so that deploy tools comparing times copy only what changed.
    /// </summary>
    public async Task<int> WriteAsync(IReadOnlyCollection<OutputFile> files, CancellationToken cancellationToken)
    {
        CheckOutputLocation();
        var output = paths.Output;
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder has no parent");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging");
        var previous = Path.Combine(parent, $".{name}.previous");
        DeleteIfPresent(staging);
        DeleteIfPresent(previous);
        Directory.CreateDirectory(staging);

        var changed = 0;
        try
        {
            await Parallel.ForEachAsync(files, cancellationToken, async (file, token) =>
            {
                var target = SitePathGuard.Resolve(staging, file.SitePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, file.Content, token);
                var deployed = SitePathGuard.Resolve(output, file.SitePath);
                if (await IsSameAsync(deployed, file.Content, token))
                {
                    File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(deployed));
                }
                else
                {
                    Interlocked.Increment(ref changed);
                }
            });
        }
        catch
        {
            DeleteIfPresent(staging);
            throw;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
        DeleteIfPresent(previous);
        return changed;
    }

    private static async Task<bool> IsSameAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == content.Length
            && (await File.ReadAllBytesAsync(path, cancellationToken)).AsSpan().SequenceEqual(content);
    }

    /// <summary>Refuses output folders whose replacement would destroy the project's own sources.</summary>
    private void CheckOutputLocation()
    {
        var output = Path.TrimEndingDirectorySeparator(paths.Output);
        string[] sources = [paths.Root, paths.Input, paths.Theme, paths.Seeds, Path.Combine(paths.Root, "src"), Path.Combine(paths.Root, "tests")];
        foreach (var folder in sources.Select(Path.TrimEndingDirectorySeparator))
        {
            var swallowsSources = IsSameOrInside(folder, output);
            var insideSources = !string.Equals(folder, paths.Root, StringComparison.Ordinal) && IsSameOrInside(output, folder);
            if (swallowsSources || insideSources)
            {
                throw new GazetteException(new GazetteError(paths.Output, null, $"refusing to build into this folder: replacing it would touch {folder}; choose a separate --output folder"));
            }
        }
    }

    private static bool IsSameOrInside(string path, string folder) =>
        string.Equals(path, folder, StringComparison.Ordinal)
        || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
