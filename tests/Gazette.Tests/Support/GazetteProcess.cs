using System.Diagnostics;

namespace Gazette.Tests.Support;

/// <summary>The <c>gazette</c> command run as a process of its own, as a webmaster runs it, so that it can be killed.</summary>
internal static class GazetteProcess
{
    private static string Command => Path.Combine(AppContext.BaseDirectory, "gazette.dll");

    /// <summary>Starts <c>gazette</c> with the arguments; the caller waits for it or kills it.</summary>
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Command);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start gazette");
    }

    /// <summary>Runs <c>gazette</c> to the end; its exit code and both streams.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }
}
