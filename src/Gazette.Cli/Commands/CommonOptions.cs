using System.CommandLine;

namespace Gazette.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary><c>--root DIR</c>: the project root, the current folder by default.</summary>
    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = "The site's root folder, holding input/, theme/ and seeds/ (default: the current folder).",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };
}
