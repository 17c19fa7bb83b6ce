using System.Net;
using Gazette.Preview;
using Gazette.Tests.Support;

namespace Gazette.Tests.Preview;

/// <summary>A preview server of a test site on a free loopback port, with a client that does not follow redirects.</summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private RunningPreview(PreviewHost host)
    {
        Host = host;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Address, Timeout = Patience };
    }

    public PreviewHost Host { get; }

    public HttpClient Client { get; }

    public static async Task<RunningPreview> StartAsync(TestSite site) =>
        new(await PreviewHost.StartAsync(site.Paths, new PreviewOptions(IPAddress.Loopback, 0), TimeProvider.System, TextWriter.Null, CancellationToken.None));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
