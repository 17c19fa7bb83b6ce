using Gazette.Diagnostics;
using Gazette.Site;

namespace Gazette.Cli.Commands;

/// <summary>Tells a site's folder from any other, so that a mistyped <c>--root</c> does not quietly start a new site.</summary>
internal static class SiteRoot
{
    /// <summary>Throws <see cref="GazetteException"/> when the root has no <c>input/</c> folder.</summary>
    public static void Require(SitePaths paths)
    {
        if (!Directory.Exists(paths.Input))
        {
            throw new GazetteException(new GazetteError(
                paths.Root,
                null,
                "there is no input/ folder here, so this is not a Gazette site; run gazette in the site's folder or give it with --root. "
                + "To start a new site here, create the folder input/ and put the scraped pages in seeds/: import then writes input/_site.yml and the articles"));
        }
    }
}
