using System.Text.Json;
using Gazette.Search;
using Gazette.Tests.Search;
using Gazette.Tests.Support;
using Microsoft.Playwright;

namespace Gazette.Tests.Theme;

/// <summary>
/// 站内搜索 in a real browser on the generated site: the script finds what the index holds (the reference reader, which
/// the index tests hold to grep), ranks it, and the page is accessible, with or without JavaScript.
/// </summary>
public sealed class SearchBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private void RequireBrowser()
    {
        ExternalTools.RequireBrowser();
        Skip.If(browser.Missing is not null, browser.Missing + " is missing");
    }

    private async Task<IPage> Search(string query, int width = 1280, bool javaScript = true, List<string>? requests = null)
    {
        var page = await browser.OpenAsync(width, javaScript);
        if (requests is not null)
        {
            page.Request += (_, request) => requests.Add(new Uri(request.Url).AbsolutePath);
        }

        await page.GotoAsync(BrowserFixture.Origin + "/search.html" + (query.Length == 0 ? string.Empty : "?q=" + Uri.EscapeDataString(query)));
        if (javaScript && query.Length > 0)
        {
            await page.WaitForFunctionAsync("() => !document.getElementById('search-status').textContent.startsWith('正在')");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        return page;
    }

    private SearchIndexReader Reader() => SearchIndexReader.Of(browser.Site!.Paths.Output);

    [SkippableTheory]
    [InlineData("失业保险")]
    [InlineData("养老保险 技能")]
    [InlineData("工作第1")]
    [InlineData("養老保險")]
    [InlineData("ＳＺ")]
    [InlineData("第5")]
    [InlineData("险")]
    [InlineData("社保卡")]
    [InlineData("城乡居民养老保险")]
    [InlineData("劳动保障监察支队 待遇")]
    [InlineData("技能等级认定")]
    public async Task The_results_are_the_articles_the_index_holds_for_the_query_best_first(string query)
    {
        RequireBrowser();
        var reader = Reader();
        var expected = reader.Query(query).OrderByDescending(r => r.Value).ThenBy(r => r.Key).Select(r => reader.Document(r.Key).Link).ToList();

        var page = await Search(query);
        var status = await page.Locator("#search-status").TextContentAsync();
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results li > a')].map(a => a.getAttribute('href'))");

        Assert.Contains(expected.Count == 0 ? "没有找到" : $"找到 {expected.Count} 篇", status, StringComparison.Ordinal);
        Assert.Equal(expected.Take(10), links);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_result_shows_its_date_column_and_an_excerpt_with_the_terms_marked_and_filters_narrow_it()
    {
        RequireBrowser();
        var page = await Search("失业保险");

        var first = page.Locator("#search-results li").First;
        await first.Locator(".search-excerpt mark").First.WaitForAsync();
        Assert.Equal("失业保险", await first.Locator(".search-excerpt mark").First.TextContentAsync());
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2} ", await first.Locator(".search-meta").TextContentAsync());
        var years = await page.Locator("#search-year option").EvaluateAllAsync<string[]>("options => options.map(o => o.value).filter(v => v)");
        Assert.True(years.Length > 1, "the results span more than one year");

        await page.SelectOptionAsync("#search-year", years[^1]);
        await page.ClickAsync("#search-filters button");
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.startsWith('找到')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var dates = await page.Locator("#search-results time").AllTextContentsAsync();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith(years[^1] + "-", d, StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_query_typed_into_the_header_box_of_an_article_opens_the_results_with_the_terms_marked()
    {
        RequireBrowser();
        var article = Directory.EnumerateFiles(browser.Site!.Paths.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(browser.Site.Paths.Output, f).Replace('\\', '/'))
            .First(f => System.Text.RegularExpressions.Regex.IsMatch(f, "/\\d{6}/[^/]+\\.html$"));
        var page = await browser.OpenAsync(375, javaScript: true);
        await page.GotoAsync(BrowserFixture.Origin + "/" + article);

        await page.Locator("form[aria-label=快速搜索] input[type=search]").FillAsync("失业保险");

        // Waiting starts before Enter is pressed, and ends once the results page is under way: its results are waited
        // for below, and its load event (every script and style sheet in) once took over 30 s on a busy machine.
        var navigated = page.WaitForURLAsync("**/search.html?q=*", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.startsWith('找到')");
        var first = page.Locator("#search-results li").First;
        await first.Locator(".search-excerpt mark").First.WaitForAsync();

        var marked = await page.Locator("#search-results mark").AllTextContentsAsync();
        Assert.Contains("失业保险", marked);
        Assert.All(marked, m => Assert.Equal("失业保险", m));
        Assert.Equal("失业保险", await page.Locator("#search-q").InputValueAsync());
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Choosing_a_column_keeps_only_its_results_and_counts_them()
    {
        RequireBrowser();
        var reader = Reader();
        var all = reader.Query("失业保险").Keys.ToList();
        var page = await Search("失业保险");
        var columns = await page.Locator("#search-column option").EvaluateAllAsync<string[]>("options => options.map(o => o.value).filter(v => v)");
        Assert.NotEmpty(columns);

        await page.SelectOptionAsync("#search-column", columns[0]);
        await page.ClickAsync("#search-filters button");
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.startsWith('找到')");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var expected = all.Count(d => reader.Column(d) == int.Parse(columns[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"找到 {expected} 篇", await page.Locator("#search-status").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains($"（{expected}）", await page.Locator("#search-column option:checked").TextContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Nothing_of_the_index_is_fetched_before_a_query_and_a_query_fetches_a_few_files()
    {
        RequireBrowser();
        var idle = new List<string>();
        var searching = new List<string>();

        var page = await Search(string.Empty, requests: idle);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Context.CloseAsync();
        page = await Search("养老保险", requests: searching);
        await page.Context.CloseAsync();

        Assert.DoesNotContain(idle, r => r.StartsWith("/search/", StringComparison.Ordinal));
        var index = searching.Where(r => r.StartsWith("/search/", StringComparison.Ordinal)).ToList();
        Assert.InRange(index.Count, 3, 16);
    }

    [SkippableTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Axe_finds_no_violation_on_the_results_page(int width)
    {
        RequireBrowser();
        var page = await Search("养老保险", width);
        await page.Locator("#search-results li .search-excerpt mark").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ExternalTools.Screenshots, $"search-{width}.png"), FullPage = true });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ExternalTools.AxeScript });
        var json = await page.EvaluateAsync<string>("async () => JSON.stringify((await axe.run(document)).violations.map(v => v.id + ': ' + v.nodes.map(n => n.html).join(' | ')))");

        Assert.Equal("[]", json);
        Assert.Equal("polite", await page.Locator("#search-status").GetAttributeAsync("aria-live"));
        await page.Context.CloseAsync();
    }

    [SkippableFact]
    public async Task Without_javascript_the_page_says_so_and_links_the_archive_and_the_site_map()
    {
        RequireBrowser();
        var page = await Search("养老保险", javaScript: false);

        var notice = page.Locator(".search-notice");
        Assert.True(await notice.IsVisibleAsync());
        Assert.Contains("JavaScript", await notice.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(["/archive/", "/sitemap.html"], await notice.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await page.Context.CloseAsync();
    }
}
