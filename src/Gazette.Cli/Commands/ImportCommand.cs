using System.CommandLine;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Import;
using Gazette.Site;

namespace Gazette.Cli.Commands;

/// <summary><c>gazette import</c>: turns new seeds into Markdown under input/.</summary>
internal static class ImportCommand
{
    public static Command Create(TimeProvider timeProvider)
    {
        var root = CommonOptions.Root();
        var verboseOption = new Option<bool>("--verbose") { Description = "Also name the seeds each rule placed in their sections." };
        var command = new Command("import", "Turn each seeds/*.txt into a Markdown file under input/, keeping every file a person has edited.") { root, verboseOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var paths = SitePaths.For(parse.GetRequiredValue(root).FullName);
            try
            {
                SiteRoot.Require(paths);
                using var siteLock = SiteLock.Acquire(paths.Cache);
                var report = await Importer.ImportAsync(paths, timeProvider, recheckMarkdown: true, cancellationToken);
                ImportReportPrinter.Print(output, error, report, quietWhenNothingChanged: false, parse.GetValue(verboseOption));
                return report.HasFailures ? 1 : 0;
            }
            catch (GazetteException ex)
            {
                return ErrorPrinter.Print(error, ex, "import");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return ErrorPrinter.Print(error, new GazetteException(new GazetteError(paths.Root, null, ex.Message)), "import");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever the input, a webmaster gets a message rather than a stack trace; this one is Gazette's fault.
                return ErrorPrinter.Print(error, new GazetteException(new GazetteError(paths.Root, null, $"Gazette failed unexpectedly ({ex.GetType().Name}: {ex.Message}); please report this with the command you ran")), "import");
            }
        });
        return command;
    }
}
