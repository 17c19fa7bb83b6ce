using System.CommandLine;
using System.Globalization;
using Gazette.Build;
using Gazette.FileSystem;
using Gazette.Import;
using Gazette.Output;
using Gazette.Site;

namespace Gazette.Cli.Commands;

/// <summary><c>gazette build</c>: imports what is new, then renders input/ into output/.</summary>
internal static class BuildCommand
{
    public static Command Create(TimeProvider timeProvider)
    {
        var root = CommonOptions.Root();
        var outputOption = new Option<DirectoryInfo?>("--output")
        {
            Description = "Where to write the site (default: output/ under the root). It is replaced only when the build succeeds.",
        };
        var timingsOption = new Option<bool>("--timings") { Description = "Print how long each stage of the build took." };
        var cleanOption = new Option<bool>("--clean") { Description = "Forget what earlier builds kept in .gazette/ and read and render everything again." };
        var adoptOption = new Option<bool>("--adopt")
        {
            Description = "Build into an output folder that already holds files Gazette did not write, keeping them beside the site (Gazette never removes them).",
        };
        var futureOption = new Option<bool>("--future") { Description = "Publish articles dated after now at once, instead of holding them until their date." };
        var command = new Command("build", "Import new seeds, then render input/ through theme/ into a deployable output/ folder.") { root, outputOption, timingsOption, cleanOption, adoptOption, futureOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var paths = SitePaths.For(parse.GetRequiredValue(root).FullName, parse.GetValue(outputOption)?.FullName);
            return await ErrorPrinter.RunAsync(error, paths.Root, "build", async () =>
            {
                SiteRoot.Require(paths);
                using var siteLock = SiteLock.Acquire(paths.Cache);

                // The output folder is checked before anything is imported, so that a refusal is instant and changes nothing.
                OutputLocation.Resolve(paths);
                if (parse.GetValue(cleanOption))
                {
                    SiteBuilder.ForgetCaches(paths);
                }

                var report = await Importer.ImportAsync(paths, timeProvider, recheckMarkdown: false, cancellationToken);
                ImportReportPrinter.Print(output, error, report, quietWhenNothingChanged: true);

                // Progress goes to the error stream, so that the output stream holds only results.
                var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
                var progress = new ConsoleProgress(error, interactive, timeProvider);
                BuildResult result;
                try
                {
                    result = await new SiteBuilder(timeProvider)
                    {
                        AdoptOutput = parse.GetValue(adoptOption),
                        Release = parse.GetValue(futureOption) ? ReleaseRules.PublishFuture : ReleaseRules.Publish,
                    }.BuildAsync(paths, cancellationToken, progress);
                }
                finally
                {
                    progress.Finish();
                }

                // Warnings go with the results, and come back on every build until the file is fixed.
                foreach (var warning in result.Warnings)
                {
                    output.WriteLine($"warning: {warning}");
                }

                if (result.UpToDate)
                {
                    foreach (var excluded in result.Excluded)
                    {
                        output.WriteLine($"left out {excluded.SourceFile}: {excluded.Reason}");
                    }

                    output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"build: nothing changed since the last build; {result.Articles} articles, {result.Excluded.Length} left out; 0 pages rendered, {result.Pages} reused; 0 files written, 0 removed, {result.Files} unchanged, in {paths.Output} (web server settings in {paths.Deploy}); {result.Elapsed.TotalSeconds:0.00} s"));
                    return 0;
                }

                foreach (var excluded in result.Excluded)
                {
                    output.WriteLine($"left out {excluded.SourceFile}: {excluded.Reason}");
                }

                foreach (var section in result.EmptySections)
                {
                    output.WriteLine($"note: section {string.Join(" > ", section.Names)} has no articles, so it has no page");
                }

                foreach (var note in result.Notes)
                {
                    output.WriteLine($"note: {note}");
                }

                if (parse.GetValue(timingsOption))
                {
                    foreach (var (stage, elapsed) in result.Timings)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-16} {elapsed.TotalMilliseconds,8:0} ms"));
                    }

                    output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"  garbage collections: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused; {GC.GetTotalAllocatedBytes() / (1 << 20)} MiB allocated; {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms"));
                }

                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"build: {result.Articles} articles, {result.Excluded.Length} left out; {result.Pages - result.Reused} pages rendered, {result.Reused} reused; {result.Changed} files written, {result.Removed} removed, {result.Files - result.Changed} unchanged, in {paths.Output} (web server settings in {paths.Deploy}); {result.Elapsed.TotalSeconds:0.00} s"));
                return 0;
            });
        });
        return command;
    }
}
