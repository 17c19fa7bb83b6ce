using System.Diagnostics;
using System.Globalization;
using Gazette.Build;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Import;
using Gazette.Site;

namespace Gazette.Preview;

/// <summary>
/// The preview's builds: each one imports new seeds into <c>input/</c> when seeds changed, then builds the site with
/// drafts and scheduled articles (<see cref="ReleaseRules.Preview"/>) into <see cref="SitePaths.Preview"/>, through the
/// same incremental builder as <c>gazette build</c>, kept warm between builds. A failed build leaves the last good site
/// in place and its errors in <see cref="State"/>; every build, good or failed, is sent to open pages.
/// </summary>
internal sealed class PreviewSession(SitePaths site, TimeProvider clock, TextWriter log) : IDisposable
{
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(250);

    private readonly SiteBuilder _builder = new(clock) { Release = ReleaseRules.Preview, OwnsOutput = true };
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private volatile PreviewState _state = new(0, []);

    /// <summary>Where the preview is built and what it remembers.</summary>
    public SitePaths Paths { get; } = site.Preview;

    /// <summary>The folder the site lives in (<c>base_path</c>) as the last good build read it.</summary>
    public string BasePath { get; private set; } = "/";

    /// <summary>When the last good build's site changes by the clock alone (a scheduled article's banner goes); null when never.</summary>
    public DateTimeOffset? NextChange { get; private set; }

    /// <summary>The last build's outcome.</summary>
    public PreviewState State => _state;

    /// <summary>Finished builds, for the pages' reload script.</summary>
    public ReloadSignal Reloads { get; } = new();

    /// <summary>
    /// Builds the preview (importing first when <paramref name="seedsChanged"/>), waiting its turn while a
    /// <c>gazette build</c> of the same site holds the lock. Never throws for the site's own errors: they become the state.
    /// </summary>
    public async Task<PreviewState> RebuildAsync(bool seedsChanged, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var started = Stopwatch.GetTimestamp();
            var (result, errors) = await BuildAsync(seedsChanged, cancellationToken);
            if (result is not null)
            {
                NextChange = result.NextChange;
            }

            var previous = _state;
            var state = new PreviewState(previous.Version + 1, [.. errors]);
            _state = state;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (state.Failed)
            {
                foreach (var error in errors)
                {
                    log.WriteLine($"error: {error}");
                }

                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"preview: build failed in {elapsed:0} ms; the last good site is still served, with the errors over every page"));
            }
            else
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"preview: {(result!.UpToDate ? "nothing changed" : "rebuilt")} in {elapsed:0} ms"));
            }

            // A build that found nothing changed (the notice of a file import itself wrote, say) reloads no page.
            if (result is not { UpToDate: true } || previous.Failed)
            {
                Reloads.Send(state.Version);
            }

            return state;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<(BuildResult? Result, IReadOnlyList<GazetteError> Errors)> BuildAsync(bool seedsChanged, CancellationToken cancellationToken)
    {
        try
        {
            using var siteLock = await AcquireLockAsync(cancellationToken);
            if (seedsChanged)
            {
                var report = await Importer.ImportAsync(site, clock, recheckMarkdown: false, cancellationToken);
                foreach (var failed in report.Outcomes.Where(o => o.Status == ImportStatus.Failed))
                {
                    log.WriteLine($"import: {failed.Seed}: {failed.Detail}");
                }
            }

            var result = await _builder.BuildAsync(Paths, cancellationToken);

            // The settings change only in a build that was not up to date; the first build learns them whatever it did.
            if (!result.UpToDate || _state.Version == 0)
            {
                BasePath = (await SiteSettingsLoader.LoadAsync(site, cancellationToken)).BasePath;
            }

            return (result, []);
        }
        catch (GazetteException e)
        {
            return (null, e.Errors);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [new GazetteError(site.Relative(Paths.Output), null, e.Message)]);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The server keeps going whatever a build meets; this one is Gazette's fault, shown like the site's errors.
            return (null, [new GazetteError(site.Relative(site.Root), null, $"Gazette failed unexpectedly ({e.GetType().Name}: {e.Message}); please report this")]);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _oneAtATime.Dispose();

    /// <summary>The site's lock, once a <c>gazette build</c> or <c>import</c> that holds it has finished.</summary>
    private async Task<SiteLock> AcquireLockAsync(CancellationToken cancellationToken)
    {
        var said = false;
        while (true)
        {
            if (SiteLock.TryAcquire(site.Cache, out var holder) is { } held)
            {
                return held;
            }

            if (!said)
            {
                log.WriteLine($"preview: another build of this site (pid {holder}) is running; waiting for it");
                said = true;
            }

            await Task.Delay(LockRetry, clock, cancellationToken);
        }
    }
}
