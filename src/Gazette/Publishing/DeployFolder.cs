using System.Collections.Immutable;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Pages;
using Gazette.Site;
using Gazette.Text;

namespace Gazette.Publishing;

/// <summary>
/// What the web server needs beside the site, written to <c>deploy/</c> (<see cref="SitePaths.Deploy"/>) and never into
/// <c>output/</c>, so that it is never served: the nginx includes (<see cref="NginxConfig"/>) and the redirect map.
/// </summary>
/// <param name="Files">Each file's name in the folder and its bytes.</param>
internal sealed record DeployFolder(ImmutableArray<(string Name, byte[] Content)> Files)
{
    /// <summary>The include for nginx's server block.</summary>
    public const string ServerInclude = "nginx.conf";

    /// <summary>The include for nginx's http block.</summary>
    public const string HttpInclude = "nginx-http.conf";

    /// <summary>The include for a server with the brotli module.</summary>
    public const string BrotliInclude = "nginx-brotli.conf";

    /// <summary>The old addresses and their new ones, as bare map lines.</summary>
    public const string RedirectMap = "redirects.map";

    private static readonly string[] Names = [ServerInclude, HttpInclude, BrotliInclude, RedirectMap];

    /// <summary>The folder's files for a site and its old addresses.</summary>
    public static DeployFolder For(SiteSettings settings, OldAddressTable oldAddresses)
    {
        var moves = oldAddresses.Moves(settings).ToList();
        return new DeployFolder(
        [
            (ServerInclude, PageEncoding.Encode(NginxConfig.ServerPart(settings))),
            (HttpInclude, PageEncoding.Encode(NginxConfig.HttpPart(settings, moves))),
            (BrotliInclude, PageEncoding.Encode(NginxConfig.BrotliPart(settings))),
            (RedirectMap, PageEncoding.Encode(NginxConfig.RedirectMap(moves))),
        ]);
    }

    /// <summary>Whether the folder holds every file a build writes there (a site that is otherwise up to date still writes a missing one).</summary>
    public static bool IsComplete(SitePaths paths) => Names.All(n => File.Exists(Path.Combine(paths.Deploy, n)));

    /// <summary>Writes each file that differs from what the folder holds, each atomically; a failure names the file.</summary>
    public async Task WriteAsync(SitePaths paths, CancellationToken cancellationToken)
    {
        foreach (var (name, content) in Files)
        {
            var path = Path.Combine(paths.Deploy, name);
            try
            {
                if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
                {
                    await AtomicFile.WriteAsync(path, content, cancellationToken);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new GazetteException(new GazetteError(path, null, $"could not write the web server's configuration: {e.Message}; the site itself was published"));
            }
        }
    }
}
