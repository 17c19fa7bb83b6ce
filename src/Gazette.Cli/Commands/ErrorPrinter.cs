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

    /// <summary>
    /// Runs a command's work, turning every failure into printed errors and exit code 1: the site's errors as they are,
    /// a file-system refusal named by <paramref name="root"/>, and anything else as Gazette's own fault, never a stack
    /// trace. Cancellation (Ctrl+C) is let through.
    /// </summary>
    public static async Task<int> RunAsync(TextWriter error, string root, string what, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (GazetteException ex)
        {
            return Print(error, ex, what);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Print(error, new GazetteException(new GazetteError(root, null, ex.Message)), what);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever the input, a webmaster gets a message rather than a stack trace; this one is Gazette's fault.
            return Print(error, new GazetteException(new GazetteError(root, null, $"Gazette failed unexpectedly ({ex.GetType().Name}: {ex.Message}); please report this with the command you ran")), what);
        }
    }
}
