using System.Collections.Concurrent;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Pages;
using Gazette.Site;

namespace Gazette.Output;

/// <summary>
/// The one writer of <c>output/</c>, all or nothing. It makes the new release in a folder beside the output
/// (<c>.output.next</c>), starting from the release before the deployed one where there is one (see
/// <see cref="ReleaseTree"/>): changed files are written there, unchanged ones are hard links to the deployed files (so
/// they keep their inode and modification time, and rsync-style deploys still see only what changed), and files Gazette
/// did not write are carried over. Then the two folders are exchanged in one atomic step (Linux <c>renameat2</c>), and
/// the old release is kept as the spare for the next build. A reader, or a build killed at any moment, sees the whole
/// old site or the whole new one; the next build puts right whatever a killed one left beside the output.
/// </summary>
internal sealed class StagedOutputWriter
{
    private readonly SitePaths _paths;
    private readonly OutputRelease _release;

    /// <summary>Prepares to write the site's output; throws <see cref="GazetteException"/> when the folder may not be used.</summary>
    public StagedOutputWriter(SitePaths paths)
    {
        _paths = paths;
        Output = OutputLocation.Resolve(paths);
        var parent = Path.GetDirectoryName(Output) ?? throw new GazetteException(new GazetteError(paths.Output, null, "the output folder has no parent folder"));
        _release = new OutputRelease(Output, parent, paths.Output);
        ManifestPath = CacheFolder.Of(paths).OutputManifest(Output);
    }

    /// <summary>
    /// What the output folder holds after a successful write, as this writer made it; null before one. A builder whose
    /// output no one else touches gives it to its next build instead of reading the folder again.
    /// </summary>
    public DeployedFiles? Released { get; private set; }

    /// <summary>Whether the last successful write kept the release it replaced as the spare, beside the output.</summary>
    public bool KeptSpare { get; private set; }

    /// <summary>The output folder, links resolved.</summary>
    public string Output { get; }

    /// <summary>Where the manifest of this output folder is kept.</summary>
    public string ManifestPath { get; }

    /// <summary>
    /// Clears what an interrupted build left beside the output: a release it was making, or the old release it had
    /// moved aside (put back when the new one never took its place). Call before reading the output folder.
    /// </summary>
    public void Recover() => _release.Recover();

    /// <summary>The manifest of the deployed output, or null when Gazette has no record of writing it.</summary>
    public async Task<OutputManifest?> LoadManifestAsync(DeployedFiles deployed, CancellationToken cancellationToken) =>
        Directory.Exists(Output) ? await OutputManifest.LoadDeployedAsync(ManifestPath, Output, deployed, cancellationToken) : null;

    /// <summary>
    /// Refuses to take over a folder that holds files when Gazette has no record of writing them (another site, a
    /// repository, a person's files), unless <paramref name="adopt"/> says to keep them beside the site.
    /// </summary>
    public void CheckOwnership(OutputManifest? manifest, DeployedFiles deployed, bool adopt)
    {
        if (manifest is null && deployed.Count > 0 && !adopt)
        {
            throw new GazetteException(new GazetteError(
                _paths.Output,
                null,
                $"the folder already holds {deployed.Count} files that Gazette has no record of writing; to build here, empty or remove it, "
                + "choose another --output, or pass --adopt to keep those files beside the site (Gazette will never remove them)"));
        }
    }

    /// <summary>Writes the files; says how many were written and how many stale files were removed.</summary>
    public async Task<WriteResult> WriteAsync(IReadOnlyCollection<OutputFile> files, CancellationToken cancellationToken)
    {
        Recover();
        var deployed = DeployedFiles.Scan(Output);
        var manifest = await LoadManifestAsync(deployed, cancellationToken);
        CheckOwnership(manifest, deployed, adopt: false);
        return await WriteAsync(files, manifest, deployed, cancellationToken);
    }

    /// <summary>
    /// Writes the files, given what the last build wrote (null: nothing, every file found is kept as not Gazette's) and
    /// what the output folder held at the start of the build. A reused file must be in <paramref name="manifest"/>.
    /// Says how many files were written and how many stale ones were removed.
    /// </summary>
    public Task<WriteResult> WriteAsync(IReadOnlyCollection<OutputFile> files, OutputManifest? manifest, DeployedFiles deployed, CancellationToken cancellationToken) =>
        WriteAsync(files, SitePathPlan.For(files.Select(f => f.SitePath)), manifest, deployed, cancellationToken);

    /// <summary>As the public overload, given the plan of the files' paths the caller made already.</summary>
    /// <paramref name="spare"/> is what the release before the deployed one holds, when the caller knows it.
    internal async Task<WriteResult> WriteAsync(
        IReadOnlyCollection<OutputFile> files, SitePathPlan plan, OutputManifest? manifest, DeployedFiles deployed, CancellationToken cancellationToken, DeployedFiles? spare = null)
    {
        if (plan.Clashes.FirstOrDefault() is { } clash)
        {
            throw new GazetteException(new GazetteError(_paths.Output, null, $"/{clash} would be both a file and a folder; rename the alias or slug that leads there"));
        }

        var live = Directory.Exists(Output);
        var removed = 0;
        var foreign = live ? ForeignFiles(manifest, deployed, plan, out removed) : [];
        var staged = new ConcurrentBag<(string SitePath, ulong Hash)>();
        var kept = new ConcurrentDictionary<string, OutputManifestEntry>(StringComparer.Ordinal);
        try
        {
            var keep = plan.Including(foreign);
            var release = ReleaseTree.Start(_release.Next, _release.TakeSpare(live), keep.Files, keep.Folders, spare);

            // Small files write fastest synchronously; a few more threads than cores keep the disk busy.
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount * 2 };
            Parallel.ForEach(files, options, file =>
            {
                var current = SitePathGuard.Resolve(Output, file.SitePath);
                if (file.Reused)
                {
                    var entry = manifest?.Entries.GetValueOrDefault(file.SitePath)
                        ?? throw new InvalidOperationException($"{file.SitePath} was reused but the last build did not write it");
                    release.Link(file.SitePath, current, deployed);
                    kept[file.SitePath] = entry;
                    return;
                }

                var hash = System.IO.Hashing.XxHash3.HashToUInt64(file.Content);
                if (live && !deployed.Links.Contains(file.SitePath) && Deployed(current, file, hash, manifest) is { } same)
                {
                    release.Link(file.SitePath, current, deployed);
                    kept[file.SitePath] = same;
                    return;
                }

                release.Write(file.SitePath, file.Content);
                staged.Add((file.SitePath, hash));
            });

            foreach (var sitePath in foreign)
            {
                var source = Path.Combine(Output, sitePath);
                if (deployed.Links.Contains(sitePath))
                {
                    release.CopyLink(sitePath, new FileInfo(source).LinkTarget!);
                }
                else
                {
                    release.Link(sitePath, source, deployed);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _release.ReturnSpare();
            throw new GazetteException(new GazetteError(_paths.Output, null, $"could not write the new site ({e.Message}); the output folder was not changed"));
        }
        catch
        {
            _release.ReturnSpare();
            throw;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            _release.ReturnSpare();
            cancellationToken.ThrowIfCancellationRequested();
        }

        foreach (var (sitePath, hash) in staged)
        {
            var info = new FileInfo(SitePathGuard.Resolve(_release.Next, sitePath));
            kept[sitePath] = new OutputManifestEntry(info.Length, info.LastWriteTimeUtc.Ticks, hash);
        }

        // The manifest of the new release waits beside the old one until the release is live (see OutputManifest.LoadDeployedAsync).
        var pending = OutputManifest.PendingPathFor(ManifestPath);
        try
        {
            await new OutputManifest(Output, kept).SaveAsync(pending, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _release.ReturnSpare();
            throw new GazetteException(new GazetteError(_paths.Output, null, $"could not record the new site ({e.Message}); the output folder was not changed"));
        }

        KeptSpare = _release.GoLive(live);
        // Gazette's files as the manifest records them; the others (found in the folder, so known) carried over as they were.
        Released = DeployedFiles.Known(
            [.. kept.Select(k => KeyValuePair.Create(k.Key, (k.Value.Size, k.Value.WriteTimeTicks))), .. foreign.Select(Carried)],
            foreign.Where(deployed.Links.Contains));

        KeyValuePair<string, (long, long)> Carried(string sitePath)
        {
            deployed.TryGet(sitePath, out var size, out var ticks);
            return KeyValuePair.Create(sitePath, (size, ticks));
        }

        try
        {
            File.Move(pending, ManifestPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The site is live; the next build takes the pending manifest, since the folder holds what it describes.
        }

        return new WriteResult(staged.Count, removed);
    }

    /// <summary>
    /// The files of the output that Gazette did not write and that the new release keeps; says how many of
    /// the files it did write the site no longer has (those are left out of the release, so removed).
    /// </summary>
    private static List<string> ForeignFiles(OutputManifest? manifest, DeployedFiles deployed, SitePathPlan plan, out int removed)
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
}
