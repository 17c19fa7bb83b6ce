using System.CommandLine;
using Gazette.Content;
using Gazette.Site;

namespace Gazette.Cli.Commands;

/// <summary><c>gazette new SECTION "TITLE"</c>: writes a draft article and prints its path.</summary>
internal static class NewCommand
{
    public static Command Create(TimeProvider timeProvider)
    {
        var root = CommonOptions.Root();
        var section = new Argument<string>("section") { Description = "The section, by names or slugs from the top: 资讯中心/通知公告 or zxzx/tzgg." };
        var title = new Argument<string>("title") { Description = "The article's title, in quotes." };
        var slugOption = new Option<string?>("--slug") { Description = "The file's name without .md (default: the date and a short hash)." };
        var command = new Command("new", "Write a draft article (draft: true) in a section, dated now, and print its path.") { section, title, root, slugOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = SitePaths.For(parse.GetRequiredValue(root).FullName);
            return await ErrorPrinter.RunAsync(parse.InvocationConfiguration.Error, paths.Root, "new", async () =>
            {
                SiteRoot.Require(paths);
                var path = await NewArticle.CreateAsync(paths, parse.GetRequiredValue(section), parse.GetRequiredValue(title), parse.GetValue(slugOption), timeProvider, cancellationToken);
                parse.InvocationConfiguration.Output.WriteLine(path);
                return 0;
            });
        });
        return command;
    }
}
