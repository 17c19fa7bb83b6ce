using System.Globalization;
using Microsoft.Playwright;

namespace Gazette.QueryBytes;

/// <summary>Chromium, a fresh context (an empty cache) per query.</summary>
internal sealed class QueryBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private QueryBrowser(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<QueryBrowser> LaunchAsync(string chromium)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
        return new QueryBrowser(playwright, browser);
    }

    /// <summary>Gazette's results page for the query: the script, the index files and the excerpts' pages it fetched.</summary>
    public async Task<QueryCost> GazetteAsync(ServedSite site, string query)
    {
        // Done when the status is final and every result shown has its excerpt (a load state may have fired long before).
        var served = await RunAsync(site, "/search.html?q=" + Uri.EscapeDataString(query), "() => !document.getElementById('search-status').textContent.startsWith('正在') && [...document.querySelectorAll('#search-results li')].every(li => li.querySelector('.search-excerpt')?.textContent)");
        var page = served.Page;
        var status = await page.Locator("#search-status").TextContentAsync() ?? "";
        await page.Context.CloseAsync();
        long index = 0, script = 0, excerpts = 0;
        foreach (var path in served.Paths.Distinct(StringComparer.Ordinal))
        {
            var size = site.GzipSize(path);
            if (path.StartsWith("/search/", StringComparison.Ordinal))
            {
                index += size;
            }
            else if (path.EndsWith(".js", StringComparison.Ordinal))
            {
                script += size;
            }
            else if (path.EndsWith(".html", StringComparison.Ordinal) && path != "/search.html")
            {
                excerpts += size;
            }
        }

        var results = System.Text.RegularExpressions.Regex.Match(status, "找到 (\\d+) 篇") is { Success: true } m ? m.Groups[1].Value : "0";
        return new QueryCost(results, index + script + excerpts, FormattableString.Invariant($"{index / 1024.0:F1} + {script / 1024.0:F1} + {excerpts / 1024.0:F1}"));
    }

    /// <summary>Pagefind's API for the query, with the first ten results' data: everything under /pagefind/ it fetched.</summary>
    public async Task<QueryCost> PagefindAsync(ServedSite site, string query)
    {
        var served = await RunAsync(site, ServedSite.PagefindPage + "?q=" + Uri.EscapeDataString(query), "() => document.title.startsWith('done')");
        var title = await served.Page.TitleAsync();
        await served.Page.Context.CloseAsync();
        var bytes = served.Paths.Distinct(StringComparer.Ordinal).Where(p => p.StartsWith("/pagefind/", StringComparison.Ordinal)).Sum(site.GzipSize);
        return new QueryCost(title["done ".Length..], bytes, "");
    }

    private async Task<(IPage Page, List<string> Paths)> RunAsync(ServedSite site, string address, string finished)
    {
        var context = await _browser.NewContextAsync();
        var page = await context.NewPageAsync();
        while (site.Served.TryDequeue(out _))
        {
        }

        await page.GotoAsync(site.Origin + address);
        await page.WaitForFunctionAsync(finished, null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (page, [.. site.Served]);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
