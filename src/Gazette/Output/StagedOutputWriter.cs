using System.Collections.Frozen;
using Gazette.Diagnostics;
using Gazette.Site;

namespace Gazette.Output;

/// <summary>
/// The one writer of <c>output/</c>. It first writes every new or changed file into a staging folder beside the output;
/// only when that has fully succeeded does it touch the deployed folder, moving each staged file into place (an atomic
/// rename per file) and removing files the site no longer has. Unchanged files are neither written nor touched, so they
/// keep their modification time and deploy tools copy only what changed. A first build swaps the whole staged folder in.
/// </summary>
public sealed class StagedOutputWriter(SitePaths paths)
{
    /// <summary>Where the manifest of the last build's output is kept.</summary>
    public string ManifestPath => Path.Combine(paths.Root, ".gazette", "output.manifest");

    /// <summary>Writes the files; says how many were written and how many stale files were removed.</summary>
    public Task<WriteResult> WriteAsync(IReadOnlyCollection<OutputFile> files, CancellationToken cancellationToken) =>
        WriteAsync(files, Directory.Exists(paths.Output) ? OutputManifest.Load(ManifestPath, paths.Output) : null, cancellationToken);

    /// <summary>
    /// Writes the files, given what the last build wrote; a reused file must be in <paramref name="manifest"/> and is
    /// kept as it is. Says how many files were written and how many stale ones were removed.
    /// </summary>
    public async Task<WriteResult> WriteAsync(IReadOnlyCollection<OutputFile> files, OutputManifest? manifest, CancellationToken cancellationToken) =>
        await WriteAsync(files, manifest, null, cancellationToken);

    /// <summary>
    /// Writes the files, given what the last build wrote and, when known, what the output folder held at the start
    /// of the build (which spares reading the folder again to find the files to remove).
    /// </summary>
    public async Task<WriteResult> WriteAsync(IReadOnlyCollection<OutputFile> files, OutputManifest? manifest, DeployedFiles? deployed, CancellationToken cancellationToken)
    {
        CheckOutputLocation();
        var output = paths.Output;
        foreach (var file in files)
        {
            // Refuse a bad path before anything is written anywhere.
            SitePathGuard.Resolve(output, file.SitePath);
        }

        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder has no parent");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging");
        DeleteIfPresent(staging);
        Directory.CreateDirectory(staging);

        var firstBuild = !Directory.Exists(output);
        var staged = new System.Collections.Concurrent.ConcurrentBag<(string SitePath, ulong Hash)>();
        var kept = new System.Collections.Concurrent.ConcurrentDictionary<string, OutputManifestEntry>(StringComparer.Ordinal);
        try
        {
            // Small files write fastest synchronously; a few more threads than cores keep the disk busy.
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount * 2 };
            Parallel.ForEach(files, options, file =>
            {
                if (file.Reused)
                {
                    kept[file.SitePath] = manifest?.Entries.GetValueOrDefault(file.SitePath)
                        ?? throw new InvalidOperationException($"{file.SitePath} was reused but the last build did not write it");
                    return;
                }

                var hash = System.IO.Hashing.XxHash3.HashToUInt64(file.Content);
                var deployed = SitePathGuard.Resolve(output, file.SitePath);
                if (!firstBuild && Deployed(deployed, file, hash, manifest) is { } entry)
                {
                    kept[file.SitePath] = entry;
                    return;
                }

                var target = SitePathGuard.Resolve(staging, file.SitePath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, file.Content);
                staged.Add((file.SitePath, hash));
            });
        }
        catch
        {
            DeleteIfPresent(staging);
            throw;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var removed = 0;
        if (firstBuild)
        {
            Directory.Move(staging, output);
        }
        else
        {
            removed = Commit(staging, output, staged.Select(s => s.SitePath), files.Select(f => f.SitePath).ToHashSet(StringComparer.Ordinal), deployed);
            DeleteIfPresent(staging);
        }

        // Only the files just written need their size and time read; the others are as the last build or the check left them.
        foreach (var (sitePath, hash) in staged)
        {
            var info = new FileInfo(SitePathGuard.Resolve(output, sitePath));
            kept[sitePath] = new OutputManifestEntry(info.Length, info.LastWriteTimeUtc.Ticks, hash);
        }

        await new OutputManifest(output, kept).SaveAsync(ManifestPath, cancellationToken);
        return new WriteResult(staged.Count, removed);
    }

    private static int Commit(string staging, string output, IEnumerable<string> staged, HashSet<string> wanted, DeployedFiles? deployed)
    {
        var removed = 0;
        foreach (var sitePath in staged.Order(StringComparer.Ordinal))
        {
            var target = SitePathGuard.Resolve(output, sitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(SitePathGuard.Resolve(staging, sitePath), target, overwrite: true);
        }

        var emptied = new HashSet<string>(StringComparer.Ordinal);
        var present = deployed?.SitePaths
            ?? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'));
        foreach (var file in present.Where(p => !wanted.Contains(p)).Select(p => Path.Combine(output, p)).ToList())
        {
            if (File.Exists(file))
            {
                File.Delete(file);
                emptied.Add(Path.GetDirectoryName(file)!);
                removed++;
            }
        }

        // Only a folder that lost a file can have become empty; its parents may follow it.
        foreach (var start in emptied.OrderByDescending(d => d.Length))
        {
            for (var folder = start; folder.Length > output.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder)!)
            {
                Directory.Delete(folder);
            }
        }

        return removed;
    }

    /// <summary>
    /// The manifest entry of the deployed file when it already holds these bytes, else null: by the manifest when the
    /// file still has the size and time the last build left, else by reading it.
    /// </summary>
    private static OutputManifestEntry? Deployed(string deployed, OutputFile file, ulong hash, OutputManifest? manifest)
    {
        var info = new FileInfo(deployed);
        if (!info.Exists || info.Length != file.Content.Length)
        {
            return null;
        }

        var current = new OutputManifestEntry(info.Length, info.LastWriteTimeUtc.Ticks, hash);
        if (manifest is not null && manifest.Entries.TryGetValue(file.SitePath, out var entry)
            && entry.Size == info.Length && entry.WriteTimeTicks == info.LastWriteTimeUtc.Ticks)
        {
            return entry.Hash == hash ? current : null;
        }

        return File.ReadAllBytes(deployed).AsSpan().SequenceEqual(file.Content) ? current : null;
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
