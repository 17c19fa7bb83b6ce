using System.CommandLine;
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
            return await ErrorPrinter.RunAsync(error, paths.Root, "import", async () =>
            {
                SiteRoot.Require(paths);
                using var siteLock = SiteLock.Acquire(paths.Cache);
                var report = await Importer.ImportAsync(paths, timeProvider, recheckMarkdown: true, cancellationToken);
                ImportReportPrinter.Print(output, error, report, quietWhenNothingChanged: false, parse.GetValue(verboseOption));
                return report.HasFailures ? 1 : 0;
            });
        });
        return command;
    }
}
