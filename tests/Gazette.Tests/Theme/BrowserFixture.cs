using Gazette.Tests.Support;
using Microsoft.Playwright;

namespace Gazette.Tests.Theme;

/// <summary>
/// The built generated site and the bureau's seed site, served to Debian's Chromium through Playwright at
/// <c>http://gazette.test/</c> and <c>http://bureau.test/</c> straight from their output folders (no server, no
/// network). One browser for all the browser tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Origin = "http://gazette.test";

    public const string BureauOrigin = "http://bureau.test";

    private IPlaywright? _playwright;

    internal TestSite? Site { get; private set; }

    internal TestSite? Bureau { get; private set; }

    public IBrowser? Browser { get; private set; }

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Missing { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExternalTools.Chromium) || !File.Exists(ExternalTools.AxeScript))
        {
            Missing = "Chromium or axe-core";
            return;
        }

        Site = await ThemeSites.Generated();
        Bureau = await ThemeSites.Bureau();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExternalTools.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-default-apps", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new page at the given width, with the site routed to it and every other request refused.</summary>
    public async Task<IPage> OpenAsync(int width, bool javaScript = true, IBrowserContext? shared = null)
    {
        var context = shared ?? await NewContextAsync(width, javaScript);
        return await context.NewPageAsync();
    }

    public async Task<IBrowserContext> NewContextAsync(int width, bool javaScript = true)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            Locale = "zh-CN",
        });
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            var site = url.GetLeftPart(UriPartial.Authority) switch
            {
                Origin => Site!,
                BureauOrigin => Bureau!,
                _ => null,
            };
            if (site is null)
            {
                // A theme must make no external request; one that tries is caught here and fails its test.
                await route.AbortAsync("blockedbyclient");
                return;
            }

            var path = Uri.UnescapeDataString(url.AbsolutePath).TrimStart('/');
            var file = Path.Combine(site.Paths.Output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
            var found = File.Exists(file);
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = found ? 200 : 404,
                ContentType = Path.GetExtension(found ? file : ".html") switch
                {
                    ".css" => "text/css; charset=utf-8",
                    ".xml" => "application/xml",
                    ".js" => "text/javascript",
                    ".json" => "application/json",
                    ".txt" => "text/plain; charset=utf-8",
                    ".bin" => "application/octet-stream",
                    _ => "text/html; charset=utf-8",
                },
                BodyBytes = await File.ReadAllBytesAsync(found ? file : Path.Combine(site.Paths.Output, "404.html")),
            });
        });
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Site?.Dispose();
        Bureau?.Dispose();
    }
}
