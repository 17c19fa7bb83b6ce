using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gazette.QueryBytes;

/// <summary>The output folder on 127.0.0.1, remembering every path it served, with a page that runs Pagefind's API.</summary>
internal sealed class ServedSite : IAsyncDisposable
{
    public const string PagefindPage = "/__pagefind.html";

    private readonly WebApplication _app;
    private readonly string _root;
    private readonly ConcurrentDictionary<string, long> _gzipSizes = new(StringComparer.Ordinal);

    private ServedSite(WebApplication app, string root) => (_app, _root) = (app, root);

    public string Origin { get; private set; } = "";

    public ConcurrentQueue<string> Served { get; } = new();

    public static async Task<ServedSite> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new ServedSite(app, Path.GetFullPath(root));
        app.Use(async (context, next) =>
        {
            site.Served.Enqueue(Uri.UnescapeDataString(context.Request.Path.Value ?? "/"));
            if (context.Request.Path == PagefindPage)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(PagefindHtml);
                return;
            }

            await next();
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(site._root), ServeUnknownFileTypes = true });
        await app.StartAsync();
        site.Origin = app.Urls.First();
        return site;
    }

    /// <summary>A file's size as a gzip response would carry it (never more than the file: some are compressed already).</summary>
    public long GzipSize(string sitePath)
    {
        var file = Path.Combine(_root, sitePath.TrimStart('/'));
        if (sitePath.EndsWith('/'))
        {
            file = Path.Combine(file, "index.html");
        }

        return !File.Exists(file) ? 0 : _gzipSizes.GetOrAdd(file, f =>
        {
            var bytes = File.ReadAllBytes(f);
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(bytes);
            }

            return Math.Min(bytes.Length, buffer.Length);
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    // Pagefind's own API as its documentation shows it: search, then load the first ten results' data for excerpts.
    private const string PagefindHtml = """
        <!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>pagefind</title>
        <script type="module">
        const query = new URLSearchParams(location.search).get("q");
        const pagefind = await import("/pagefind/pagefind.js");
        const search = await pagefind.search(query);
        await Promise.all(search.results.slice(0, 10).map(r => r.data()));
        document.title = "done " + search.results.length;
        </script></html>
        """;
}
