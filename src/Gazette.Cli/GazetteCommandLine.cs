using System.CommandLine;
using Gazette.Cli.Commands;

namespace Gazette.Cli;

/// <summary>The <c>gazette</c> command and its subcommands.</summary>
public static class GazetteCommandLine
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand Create(TimeProvider timeProvider)
    {
        var root = new RootCommand("Gazette: turns scraped government news pages into a static, deployable archive.");
        root.Subcommands.Add(ImportCommand.Create(timeProvider));
        root.Subcommands.Add(BuildCommand.Create(timeProvider));
        root.Subcommands.Add(NewCommand.Create(timeProvider));
        root.Subcommands.Add(ServeCommand.Create(timeProvider));
        return root;
    }
}
