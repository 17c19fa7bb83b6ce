using System.CommandLine;
using Gazette.Cli;

namespace Gazette.Tests.Support;

/// <summary>The <c>gazette</c> command run in this process, with its streams captured.</summary>
internal static class GazetteCommand
{
    /// <summary>Runs the command line; its exit code and both streams.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await GazetteCommandLine.Create(TimeProvider.System).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
