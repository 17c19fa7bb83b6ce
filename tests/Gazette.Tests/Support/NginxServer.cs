using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Gazette.Tests.Support;

/// <summary>
/// Debian's nginx run in the foreground on a free loopback port with a configuration of the test's own, checked with
/// <c>nginx -t</c> first; stopped when disposed. <c>.ci/run</c> installs nginx and its brotli module.
/// </summary>
internal sealed class NginxServer : IAsyncDisposable
{
    private readonly Process _process;

    private NginxServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where the server answers: http://127.0.0.1:port/.</summary>
    public Uri Address { get; }

    /// <summary>The nginx program, or null when it is not installed.</summary>
    public static string? Program => new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    /// <summary>Debian's brotli_static module, loaded when a test needs it.</summary>
    public const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

    /// <summary>Skips the test (or fails it in CI) when nginx is missing.</summary>
    public static string Require()
    {
        ExternalTools.Require(Program is not null, "nginx (apt-get install nginx)");
        return Program!;
    }

    /// <summary>
    /// Starts nginx with <paramref name="http"/> as the inside of its <c>http</c> block and <paramref name="server"/> as
    /// the inside of the one server block, which listens on the port chosen here; the other lines keep every file nginx
    /// writes inside <paramref name="folder"/>.
    /// </summary>
    public static async Task<NginxServer> StartAsync(string folder, string http, string server, string mainContext = "")
    {
        var nginx = Require();
        var port = FreePort();
        var config = Path.Combine(folder, "nginx-test.conf");
        var log = Path.Combine(folder, "nginx-error.log");
        File.WriteAllText(config, string.Create(CultureInfo.InvariantCulture, $$"""
            {{mainContext}}
            daemon off;
            master_process off;
            pid {{folder}}/nginx.pid;
            error_log {{log}};
            events { }
            http {
                access_log off;
                client_body_temp_path {{folder}}/nginx-body;
                proxy_temp_path {{folder}}/nginx-proxy;
                fastcgi_temp_path {{folder}}/nginx-fastcgi;
                uwsgi_temp_path {{folder}}/nginx-uwsgi;
                scgi_temp_path {{folder}}/nginx-scgi;
                {{http}}
                server {
                    listen 127.0.0.1:{{port}};
                    {{server}}
                }
            }
            """));

        var check = await RunAsync(nginx, "-t", "-q", "-c", config, "-p", folder, "-e", log);
        Assert.True(check.ExitCode == 0, $"nginx -t refused the configuration: {check.Error}\n{File.ReadAllText(config)}");

        var process = Process.Start(new ProcessStartInfo(nginx) { ArgumentList = { "-c", config, "-p", folder, "-e", log }, UseShellExecute = false })!;
        var started = new NginxServer(process, new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/")));
        await started.WaitUntilListeningAsync();
        return started;
    }

    /// <summary>A client that follows no redirect and decompresses nothing, so that a test sees what nginx sent.</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        using var client = Client();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                return;
            }
            catch (HttpRequestException) when (attempt < 100 && !_process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Error)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }
}
