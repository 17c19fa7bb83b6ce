using System.CommandLine;
using System.Net;
using Gazette.Diagnostics;
using Gazette.Preview;
using Gazette.Site;

namespace Gazette.Cli.Commands;

/// <summary><c>gazette serve</c>: builds a preview with drafts and scheduled articles, serves it, and rebuilds on every change.</summary>
internal static class ServeCommand
{
    public static Command Create(TimeProvider timeProvider)
    {
        var root = CommonOptions.Root();
        var portOption = new Option<int>("--port")
        {
            Description = $"The port to listen on (default: {PreviewOptions.DefaultPort}; 0 takes any free one).",
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };
        var bindOption = new Option<string>("--bind")
        {
            Description = "The address to listen on (default: 127.0.0.1, this machine only). Another one needs --public as well.",
            DefaultValueFactory = _ => IPAddress.Loopback.ToString(),
        };
        var publicOption = new Option<bool>("--public") { Description = "Allow --bind to an address other machines reach; the preview shows drafts to whoever can reach it." };
        var command = new Command("serve", "Build a preview (drafts and scheduled articles shown with a banner) into .gazette/preview/, serve it on 127.0.0.1, and rebuild and reload open pages whenever a file changes.")
        {
            root, portOption, bindOption, publicOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var paths = SitePaths.For(parse.GetRequiredValue(root).FullName);
            return await ErrorPrinter.RunAsync(error, paths.Root, "serve", async () =>
            {
                SiteRoot.Require(paths);
                var options = Options(parse.GetRequiredValue(bindOption), parse.GetValue(portOption), parse.GetValue(publicOption));
                output.WriteLine($"serve: building the preview of {paths.Root} …");
                await using var host = await PreviewHost.StartAsync(paths, options, timeProvider, output, cancellationToken);
                output.WriteLine($"serve: the preview is at {host.Address} (built into {paths.Relative(host.Output)}/, never output/); drafts and scheduled articles carry a banner. Pages reload when a file under input/, theme/ or seeds/ changes. Ctrl+C stops.");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    output.WriteLine("serve: stopped");
                }

                return 0;
            });
        });
        return command;
    }

    /// <summary>The address to listen on: any loopback one, or another only when the webmaster said <c>--public</c>.</summary>
    internal static PreviewOptions Options(string bind, int port, bool allowPublic)
    {
        if (!IPAddress.TryParse(bind, out var address))
        {
            throw new GazetteException(new GazetteError("--bind", null, $"'{bind}' is not an IP address; write 127.0.0.1 (the default), or an address of this machine with --public"));
        }

        if (!IPAddress.IsLoopback(address) && !allowPublic)
        {
            throw new GazetteException(new GazetteError("--bind", null, $"{address} is reachable from other machines, and the preview shows drafts; add --public to serve there anyway, or leave --bind out to serve on 127.0.0.1"));
        }

        if (port is < 0 or > 65535)
        {
            throw new GazetteException(new GazetteError("--port", null, $"{port} is not a port; choose one from 1 to 65535"));
        }

        return new PreviewOptions(address, port);
    }
}
