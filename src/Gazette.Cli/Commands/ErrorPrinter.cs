using Gazette.Diagnostics;

namespace Gazette.Cli.Commands;

/// <summary>Prints located errors the way compilers do, one per line, so editors and CI logs link to them.</summary>
internal static class ErrorPrinter
{
    /// <summary>Prints every error and a closing count; returns the exit code for failure.</summary>
    public static int Print(TextWriter error, GazetteException exception, string what)
    {
        foreach (var item in exception.Errors)
        {
            error.WriteLine($"error: {item}");
        }

        var untouched = what == "build" ? "; the output folder was not changed" : string.Empty;
        error.WriteLine(FormattableString.Invariant($"{what} failed: {exception.Errors.Count} error(s){untouched}."));
        return 1;
    }
}
