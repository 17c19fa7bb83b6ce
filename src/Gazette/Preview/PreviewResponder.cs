using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Gazette.Preview;

/// <summary>
/// Answers the preview's requests: the site's files under <c>base_path</c> (a folder by its <c>index.html</c>, anything
/// else by the site's own 404 page with status 404), each with its content type and charset and never cached, HTML with
/// the reload script put in; and the stream of finished builds. Nothing outside the preview's output folder is served.
/// </summary>
internal sealed class PreviewResponder(PreviewSession session, CancellationToken stopping)
{
    /// <summary>Answers one request.</summary>
    public async Task RespondAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var path = request.Path.Value ?? "/";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        if (path == PreviewPage.EventsPath)
        {
            await StreamBuildsAsync(context);
            return;
        }

        if (path == PreviewPage.ScriptPath)
        {
            await SendAsync(response, StatusCodes.Status200OK, "reload.js", Encoding.UTF8.GetBytes(PreviewPage.Script), context.RequestAborted);
            return;
        }

        var basePath = session.BasePath;
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/" || path == basePath.TrimEnd('/'))
            {
                response.Redirect(basePath);
                return;
            }

            await NotFoundAsync(context);
            return;
        }

        switch (Locate(path[basePath.Length..]))
        {
            case (null, _):
                await NotFoundAsync(context);
                break;
            case (_, true) when !path.EndsWith('/'):
                response.Redirect(path + "/" + request.QueryString);
                break;
            case ({ } file, _):
                await ServeFileAsync(context, StatusCodes.Status200OK, file);
                break;
        }
    }

    /// <summary>
    /// The file an address under <c>base_path</c> names, and whether it named a folder; null for anything that is not
    /// a plain file inside the preview's output (a <c>..</c>, a hidden name, a link).
    /// </summary>
    private (string? File, bool Folder) Locate(string relative)
    {
        var segments = relative.Split('/');
        if (segments.Any(s => s.Length > 0 && (s[0] == '.' || s.Contains('\\', StringComparison.Ordinal) || s.Contains('\0', StringComparison.Ordinal))))
        {
            return (null, false);
        }

        var root = session.Paths.Output;
        var full = Path.GetFullPath(Path.Combine([root, .. segments.Where(s => s.Length > 0)]));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return (null, false);
        }

        var folder = Directory.Exists(full);
        var file = folder ? Path.Combine(full, "index.html") : full;
        var info = new FileInfo(file);
        return info.Exists && info.LinkTarget is null ? (file, folder) : (null, false);
    }

    private async Task NotFoundAsync(HttpContext context)
    {
        var page = Path.Combine(session.Paths.Output, "404.html");
        if (File.Exists(page))
        {
            await ServeFileAsync(context, StatusCodes.Status404NotFound, page);
            return;
        }

        await SendAsync(context.Response, StatusCodes.Status404NotFound, "404.html", PreviewPage.Placeholder(session.State), context.RequestAborted);
    }

    private async Task ServeFileAsync(HttpContext context, int status, string file)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // The folder was swapped for a newer build between finding the file and reading it.
            bytes = PreviewPage.Placeholder(session.State);
        }

        var isHtml = file.EndsWith(".html", StringComparison.Ordinal);
        await SendAsync(context.Response, status, file, isHtml ? PreviewPage.Inject(bytes, session.State) : bytes, context.RequestAborted);
    }

    private static async Task SendAsync(HttpResponse response, int status, string fileName, byte[] body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = PreviewContentTypes.Of(fileName);
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(response.HttpContext.Request.Method))
        {
            await response.Body.WriteAsync(body, cancellationToken);
        }
    }

    /// <summary>
    /// The stream of finished builds (server-sent events): the build the page was served from is in <c>since</c>, so a
    /// build that finished while the page loaded is sent at once.
    /// </summary>
    private async Task StreamBuildsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        using var builds = session.Reloads.Listen();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await response.WriteAsync("retry: 1000\n\n", ended.Token);
            var current = session.State.Version;
            if (int.TryParse(context.Request.Query["since"], NumberStyles.None, CultureInfo.InvariantCulture, out var since) && since != current)
            {
                await SendBuildAsync(response, current, ended.Token);
            }

            await response.Body.FlushAsync(ended.Token);
            await foreach (var version in builds.Builds.ReadAllAsync(ended.Token))
            {
                await SendBuildAsync(response, version, ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
    }

    private static async Task SendBuildAsync(HttpResponse response, int version, CancellationToken cancellationToken)
    {
        await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"event: build\ndata: {version}\n\n"), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
