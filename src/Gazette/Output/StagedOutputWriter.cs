using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Pages;
using Gazette.Publishing;
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

    /// <summary>
    /// Starts the new release, given what the last build wrote (null: nothing, every file found is kept as not Gazette's)
    /// and what the output folder held at the start of the build; <paramref name="spare"/> is what the release before
    /// the deployed one holds, when the caller knows it. With <paramref name="links"/> the links of every page stored
    /// are gathered for the link check; with <paramref name="precompress"/> each file gets its compressed companions.
    /// </summary>
    public StagedRelease Begin(OutputManifest? manifest, DeployedFiles deployed, DeployedFiles? spare = null, LinkChecker? links = null, bool precompress = false) =>
        new(_release, Output, _paths.Output, ManifestPath, manifest, deployed, spare, links, precompress);

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
    public async Task<WriteResult> WriteAsync(IReadOnlyCollection<OutputFile> files, OutputManifest? manifest, DeployedFiles deployed, CancellationToken cancellationToken)
    {
        var plan = SitePathPlan.For(files.Select(f => f.SitePath));
        if (plan.Clashes.FirstOrDefault() is { } clash)
        {
            throw new GazetteException(new GazetteError(_paths.Output, null, $"/{clash} would be both a file and a folder; rename the alias or slug that leads there"));
        }

        var release = Begin(manifest, deployed);
        try
        {
            // Small files write fastest synchronously; a few more threads than cores keep the disk busy.
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount * 2 };
            Parallel.ForEach(files, options, file => release.Store(file));
        }
        catch
        {
            release.Abandon();
            throw;
        }

        return await release.FinishAsync(plan, cancellationToken);
    }
}
