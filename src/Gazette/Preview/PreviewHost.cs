using System.Globalization;
using Gazette.Diagnostics;
using Gazette.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gazette.Preview;

/// <summary>
/// <c>gazette serve</c>: builds the preview, serves it over HTTP on Kestrel, and builds again each time a file of the
/// site changes, until stopped. Changes that come together (an editor's save, a folder copied in) make one build.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(40);

    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(40);

    private readonly PreviewSession _session;
    private readonly ChangeWatcher _watcher;
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeProvider _clock;
    private Task _rebuilding = Task.CompletedTask;

    private PreviewHost(PreviewSession session, ChangeWatcher watcher, WebApplication app, TimeProvider clock)
    {
        _session = session;
        _watcher = watcher;
        _app = app;
        _clock = clock;
    }

    /// <summary>The address the preview is served at, <c>base_path</c> included, e.g. <c>http://127.0.0.1:8008/news/</c>.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Whether the first build failed (the server runs anyway, showing the errors until they are fixed).</summary>
    public bool FirstBuildFailed { get; private set; }

    /// <summary>The folder the preview is built into.</summary>
    public string Output => _session.Paths.Output;

    /// <summary>
    /// Starts watching, builds the preview once, and starts serving it. Throws <see cref="GazetteException"/> when the
    /// port cannot be had. Build messages go to <paramref name="log"/>.
    /// </summary>
    public static async Task<PreviewHost> StartAsync(SitePaths paths, PreviewOptions options, TimeProvider clock, TextWriter log, CancellationToken cancellationToken)
    {
        var session = new PreviewSession(paths, clock, TextWriter.Synchronized(log));
        var watcher = new ChangeWatcher(paths);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = paths.Root, Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(k => k.Listen(options.Address, options.Port));
        var app = builder.Build();
        var host = new PreviewHost(session, watcher, app, clock);
        var responder = new PreviewResponder(session, host._stopping.Token);
        app.Run(responder.RespondAsync);

        var first = await session.RebuildAsync(seedsChanged: true, cancellationToken);
        host.FirstBuildFailed = first.Failed;
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            await host.DisposeAsync();
            throw new GazetteException(new GazetteError(
                string.Create(CultureInfo.InvariantCulture, $"{options.Address}:{options.Port}"),
                null,
                $"cannot listen there ({e.Message}); is another server using the port? Choose another with --port"));
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.Address = new Uri(new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal)), session.BasePath);
        host._rebuilding = host.RebuildOnChangesAsync();
        return host;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _watcher.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        try
        {
            await _rebuilding;
        }
        catch (OperationCanceledException)
        {
            // A build cut short by stopping.
        }

        _session.Dispose();
        _stopping.Dispose();
    }

    private async Task RebuildOnChangesAsync()
    {
        var changes = _watcher.Changes;
        while (!_stopping.IsCancellationRequested)
        {
            // A file changes, or the clock reaches the moment a scheduled article comes out (its banner goes).
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            var changed = changes.WaitToReadAsync(waiting.Token).AsTask();
            var due = Task.Delay(UntilNextChange(), _clock, waiting.Token);
            var first = await Task.WhenAny(changed, due);
            await waiting.CancelAsync();
            if (first == changed && !await IgnoringCancellation(changed))
            {
                return;
            }

            _stopping.Token.ThrowIfCancellationRequested();

            // Let the rest of a save or a copy arrive, then build once for all of it.
            await Task.Delay(Settle, _clock, _stopping.Token);
            var seeds = false;
            while (changes.TryRead(out var seed))
            {
                seeds |= seed;
            }

            await _session.RebuildAsync(seeds, _stopping.Token);
        }
    }

    /// <summary>How long until the site changes by the clock alone; infinite when it never does.</summary>
    private TimeSpan UntilNextChange()
    {
        if (_session.NextChange is not { } next)
        {
            return Timeout.InfiniteTimeSpan;
        }

        // A timer waits at most about 49 days; a later moment is waited for in steps.
        var wait = next - _clock.GetUtcNow() + TimeSpan.FromMilliseconds(50);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxWait ? MaxWait : wait;
    }

    private static async Task<bool> IgnoringCancellation(Task<bool> task)
    {
        try
        {
            return await task;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }
}
