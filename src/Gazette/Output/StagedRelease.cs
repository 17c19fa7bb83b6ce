using System.Collections.Concurrent;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Pages;
using Gazette.Publishing;

namespace Gazette.Output;

/// <summary>
/// One release in the making (see <see cref="StagedOutputWriter"/>): each file goes into the release folder as soon as
/// the build makes it, and only its path, hash and the links of a page are kept, so a build holds no more of its
/// output than the pages being rendered. Nothing is live until <see cref="FinishAsync"/> puts the whole release in
/// place; <see cref="Abandon"/> keeps the folder as the spare instead.
/// </summary>
internal sealed class StagedRelease : IOutputSink
{
    private readonly OutputRelease _release;
    private readonly string _output;
    private readonly string _shown;
    private readonly string _manifestPath;
    private readonly OutputManifest? _manifest;
    private readonly DeployedFiles _deployed;
    private readonly bool _live;
    private readonly ReleaseTree _tree;
    private readonly LinkChecker? _links;
    private readonly bool _precompress;

    // What each file stored is, as the manifest records it; a path is taken (Pending) before its file is in place.
    private static readonly OutputManifestEntry Pending = new(-1, 0, 0);
    private readonly ConcurrentDictionary<string, OutputManifestEntry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _targets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _pages = new();
    private readonly ConcurrentQueue<OutputFile> _companions = new();
    private int _written;
    private Exception? _failure;
    private bool _ended;

    /// <summary>Starts a release: takes the spare (or a new folder) as the folder it is made in.</summary>
    internal StagedRelease(OutputRelease release, string output, string shown, string manifestPath, OutputManifest? manifest, DeployedFiles deployed, DeployedFiles? spare, LinkChecker? links, bool precompress)
    {
        (_release, _output, _shown, _manifestPath, _manifest, _deployed, _links, _precompress) = (release, output, shown, manifestPath, manifest, deployed, links, precompress);
        _live = Directory.Exists(output);
        try
        {
            _tree = ReleaseTree.Start(release.Next, release.TakeSpare(_live), spare);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            release.ReturnSpare();
            throw new GazetteException(new GazetteError(shown, null, $"could not start the new site beside the output folder ({e.Message}); the output folder was not changed"));
        }
    }

    /// <summary>What the output folder holds after <see cref="FinishAsync"/>; null before.</summary>
    public DeployedFiles? Released { get; private set; }

    /// <summary>Whether <see cref="FinishAsync"/> kept the release it replaced as the spare, beside the output.</summary>
    public bool KeptSpare { get; private set; }

    /// <summary>The compressed companions made beside the files so far (with <c>precompress</c>), in path order.</summary>
    public IReadOnlyList<OutputFile> Companions => [.. _companions.OrderBy(c => c.SitePath, StringComparer.Ordinal)];

    /// <inheritdoc />
    /// <remarks>
    /// A second file at a path already taken is not written (the build's address check names the clash); a file that
    /// cannot be written fails the release when it is finished, after that check.
    /// </remarks>
    public OutputFile Store(OutputFile file)
    {
        if (file.Stored || !_entries.TryAdd(file.SitePath, Pending))
        {
            return file.AsStored();
        }

        var current = SitePathGuard.Resolve(_output, file.SitePath);
        try
        {
            if (file.Reused)
            {
                var entry = _manifest?.Entries.GetValueOrDefault(file.SitePath)
                    ?? throw new InvalidOperationException($"{file.SitePath} was reused but the last build did not write it");
                _tree.Link(file.SitePath, current, _deployed);
                _entries[file.SitePath] = entry;
            }
            else
            {
                Put(file, current);
            }

            if (_precompress && Precompressor.IsEligible(file.SitePath))
            {
                foreach (var companion in Precompressor.CompanionsOf(file))
                {
                    _companions.Enqueue(Store(companion));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }

        return file.AsStored();
    }

    /// <summary>
    /// The broken links of the pages stored, given every file of the site, in page order; none when every link leads to
    /// one of them (the common case, decided from the links' targets alone: pages are read again only to name the links).
    /// </summary>
    public IReadOnlyList<BrokenLink> BrokenLinks(IReadOnlySet<string> existing)
    {
        if (_links is null || _targets.Keys.All(existing.Contains))
        {
            return [];
        }

        var pages = _pages.Order(StringComparer.Ordinal).ToList();
        return _links.Broken(pages, existing, page => File.ReadAllBytes(SitePathGuard.Resolve(_release.Next, page)));
    }

    /// <summary>
    /// Carries over the files of the output Gazette did not write, removes what the site no longer has, records the
    /// release and puts it in place in one step. <paramref name="plan"/> holds every file stored.
    /// </summary>
    public async Task<WriteResult> FinishAsync(SitePathPlan plan, CancellationToken cancellationToken)
    {
        var removed = 0;
        List<string> foreign;
        try
        {
            if (_failure is { } failure)
            {
                throw failure;
            }

            foreign = _live ? ForeignFiles.Of(_manifest, _deployed, plan, out removed) : [];
            foreach (var sitePath in foreign)
            {
                var source = Path.Combine(_output, sitePath);
                if (_deployed.Links.Contains(sitePath))
                {
                    _tree.CopyLink(sitePath, new FileInfo(source).LinkTarget!);
                }
                else
                {
                    _tree.Link(sitePath, source, _deployed);
                }
            }

            var keep = plan.Including(foreign);
            _tree.Prune(keep.Files, keep.Folders);
            cancellationToken.ThrowIfCancellationRequested();

            // The manifest of the new release waits beside the old one until the release is live (see OutputManifest.LoadDeployedAsync).
            await new OutputManifest(_output, _entries).SaveAsync(OutputManifest.PendingPathFor(_manifestPath), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
            throw new GazetteException(new GazetteError(_shown, null, $"could not write the new site ({e.Message}); the output folder was not changed"));
        }
        catch
        {
            Abandon();
            throw;
        }

        _ended = true;
        KeptSpare = _release.GoLive(_live);

        // Gazette's files as the manifest records them; the others (found in the folder, so known) carried over as they were.
        Released = DeployedFiles.Known(
            [.. _entries.Select(k => KeyValuePair.Create(k.Key, (k.Value.Size, k.Value.WriteTimeTicks))), .. foreign.Select(Carried)],
            foreign.Where(_deployed.Links.Contains));

        KeyValuePair<string, (long, long)> Carried(string sitePath)
        {
            _deployed.TryGet(sitePath, out var size, out var ticks);
            return KeyValuePair.Create(sitePath, (size, ticks));
        }

        try
        {
            File.Move(OutputManifest.PendingPathFor(_manifestPath), _manifestPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The site is live; the next build takes the pending manifest, since the folder holds what it describes.
        }

        return new WriteResult(_written, removed);
    }

    /// <summary>Gives the release up after a failed build: its folder is kept as the spare, the output untouched.</summary>
    public void Abandon()
    {
        if (!_ended)
        {
            _ended = true;
            _release.ReturnSpare();
        }
    }

    /// <summary>Puts a new file in the release: a link to the deployed file when that holds these bytes, else the bytes.</summary>
    private void Put(OutputFile file, string current)
    {
        var hash = System.IO.Hashing.XxHash3.HashToUInt64(file.Content);
        if (_live && !_deployed.Links.Contains(file.SitePath) && DeployedEntry(current, file, hash) is { } same)
        {
            _tree.Link(file.SitePath, current, _deployed);
            _entries[file.SitePath] = same;
        }
        else
        {
            var ticks = _tree.Write(file.SitePath, file.Content);
            _entries[file.SitePath] = new OutputManifestEntry(file.Content.Length, ticks, hash);
            Interlocked.Increment(ref _written);
        }

        if (_links is not null && LinkChecker.IsPage(file.SitePath))
        {
            foreach (var (_, target) in _links.Links(file.SitePath, file.Content))
            {
                _targets.TryAdd(target, 0);
            }

            _pages.Enqueue(file.SitePath);
        }
    }

    /// <summary>
    /// The manifest entry of the deployed file when it already holds these bytes, else null: by the manifest when the
    /// file still has the size and time the last build left, else by reading it.
    /// </summary>
    private OutputManifestEntry? DeployedEntry(string deployed, OutputFile file, ulong hash)
    {
        var info = new FileInfo(deployed);
        if (!info.Exists || info.Length != file.Content.Length)
        {
            return null;
        }

        var current = new OutputManifestEntry(info.Length, info.LastWriteTimeUtc.Ticks, hash);
        if (_manifest is not null && _manifest.Entries.TryGetValue(file.SitePath, out var entry)
            && entry.Size == info.Length && entry.WriteTimeTicks == info.LastWriteTimeUtc.Ticks)
        {
            return entry.Hash == hash ? current : null;
        }

        return File.ReadAllBytes(deployed).AsSpan().SequenceEqual(file.Content) ? current : null;
    }
}
