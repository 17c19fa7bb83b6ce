using System.Text.Json;
using Gazette.Tests.Support;
using Microsoft.Playwright;

namespace Gazette.Tests.Theme;

/// <summary>The theme in a real browser: accessibility (axe-core), phone and desktop widths, the reading modes, the keyboard, print.</summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string Article = GeneratedSite.SitePath(5);

    private const string BureauArticle = BrowserFixture.BureauOrigin + "/zxzx/xwdt/202101/e0b2ebfcac031705.html";

    private static readonly string[] PagePaths = ["/", "/zxzx/", "/zxzx/xwdt/", "/" + Article, "/" + ThemeSites.WithdrawnArticle, "/" + ThemeSites.ArticleWithAttachments, "/" + ThemeSites.Page, "/404.html", "/sitemap.html", BureauArticle];

    public static TheoryData<string> Pages() => [.. PagePaths];

    private void RequireBrowser()
    {
        ExternalTools.RequireBrowser();
        Skip.If(browser.Missing is not null, browser.Missing + " is missing");
    }

    private async Task<IPage> Visit(string path, int width = 1280, bool javaScript = true)
    {
        var page = await browser.OpenAsync(width, javaScript);
        var response = await page.GotoAsync(path.StartsWith("http", StringComparison.Ordinal) ? path : BrowserFixture.Origin + path);
        Assert.NotNull(response);
        return page;
    }

    private static async Task<List<string>> AxeViolations(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ExternalTools.AxeScript });
        var json = await page.EvaluateAsync<string>("async () => JSON.stringify((await axe.run(document)).violations)");
        using var violations = JsonDocument.Parse(json);
        return [.. violations.RootElement.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} — "
            + string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString())))];
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_accessibility_violation(string path)
    {
        RequireBrowser();
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await Visit(path, width);

            var violations = await AxeViolations(page);

            Assert.True(violations.Count == 0, $"{path} at {width}px:\n" + string.Join('\n', violations));
            await page.Context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task Axe_finds_no_violation_in_the_large_text_and_high_contrast_modes()
    {
        RequireBrowser();
        var page = await Visit(BureauArticle, 375);
        await page.ClickAsync("label[for=mode-large]");
        await page.ClickAsync("label[for=mode-contrast]");
        Directory.CreateDirectory(ExternalTools.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ExternalTools.Screenshots, "bureau-article-large-contrast-375.png"), FullPage = false });

        var violations = await AxeViolations(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [SkippableTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task No_page_scrolls_sideways_and_each_is_photographed(int width)
    {
        RequireBrowser();
        Directory.CreateDirectory(ExternalTools.Screenshots);
        foreach (var path in PagePaths)
        {
            var page = await Visit(path, width);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a {width}px screen");

            var name = path.Replace(BrowserFixture.BureauOrigin, "bureau", StringComparison.Ordinal).Trim('/').Replace('/', '_').Replace(".html", string.Empty, StringComparison.Ordinal);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ExternalTools.Screenshots, $"{(name.Length == 0 ? "home" : name)}-{width}.png"), FullPage = true });
            await page.Context.CloseAsync();
        }
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_large_text_switch_enlarges_the_text_with_or_without_javascript(bool javaScript)
    {
        RequireBrowser();
        var page = await Visit("/" + Article, 375, javaScript);
        const string Size = "() => parseFloat(getComputedStyle(document.querySelector('.article-body p')).fontSize)";
        var before = await page.EvaluateAsync<double>(Size);

        // Reached and switched with the keyboard alone.
        for (var i = 0; i < 20 && await page.EvaluateAsync<string>("() => document.activeElement.id") != "mode-large"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("mode-large", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.True(await page.EvaluateAsync<bool>("() => getComputedStyle(document.querySelector('label[for=mode-large]')).outlineStyle !== 'none'"));
        await page.Keyboard.PressAsync("Space");
        var after = await page.EvaluateAsync<double>(Size);

        Assert.True(after >= before * 1.2, $"text went from {before}px to {after}px");
    }

    [SkippableFact]
    public async Task The_reading_modes_are_remembered_from_page_to_page_with_javascript()
    {
        RequireBrowser();
        var context = await browser.NewContextAsync(375);
        var page = await browser.OpenAsync(375, shared: context);
        await page.GotoAsync(BrowserFixture.Origin + "/");
        await page.ClickAsync("label[for=mode-large]");
        await page.ClickAsync("label[for=mode-contrast]");

        await page.GotoAsync(BrowserFixture.Origin + "/" + Article);

        Assert.True(await page.IsCheckedAsync("#mode-large"));
        Assert.True(await page.IsCheckedAsync("#mode-contrast"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.page')).backgroundColor"));
    }

    [SkippableFact]
    public async Task Tab_reaches_every_link_in_document_order_with_a_visible_focus()
    {
        RequireBrowser();
        var page = await Visit("/" + Article);
        // A closed disclosure's links (the menu's sub-columns) are not shown, so not reached until it is opened.
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].filter(a => a.checkVisibility()).map(a => a.href)");

        var reached = new List<string>();
        for (var i = 0; i < links.Length + 10 && reached.Count < links.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>("() => { const e = document.activeElement; if (!e || e.tagName !== 'A') return null; const s = getComputedStyle(e); return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ? e.href : 'no-outline:' + e.href; }");
            if (focused is not null)
            {
                reached.Add(focused);
            }
        }

        Assert.Equal(links, reached);
    }

    [SkippableTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_keyboard_opens_a_column_in_the_menu_and_reaches_its_sub_columns_without_javascript(int width)
    {
        RequireBrowser();
        var page = await Visit("/" + Article, width, javaScript: false);
        Assert.False(await page.IsVisibleAsync(".submenu a[href='/zxzx/xwdt/']"));

        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("() => document.activeElement.tagName") != "SUMMARY"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("资讯中心", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.True(await page.EvaluateAsync<bool>("() => getComputedStyle(document.activeElement).outlineStyle !== 'none'"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");

        Assert.EndsWith("/zxzx/xwdt/", await page.EvaluateAsync<string>("() => document.activeElement.href"), StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync(".submenu a[href='/zxzx/xwdt/']"));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the open menu is {overflow}px wider than a {width}px screen");
        Directory.CreateDirectory(ExternalTools.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ExternalTools.Screenshots, $"menu-open-{width}.png") });
    }

    [SkippableTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Axe_finds_no_violation_with_the_menu_open(int width)
    {
        RequireBrowser();
        var page = await Visit("/", width);
        await page.ClickAsync(".site-nav summary");
        Assert.True(await page.IsVisibleAsync(".submenu a[href='/zxzx/xwdt/']"));

        var violations = await AxeViolations(page);

        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [SkippableFact]
    public async Task A_printed_article_shows_the_document_and_its_address_without_the_site_around_it()
    {
        RequireBrowser();
        var page = await Visit("/" + Article);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.IsVisibleAsync(".site-header"));
        Assert.False(await page.IsVisibleAsync(".site-footer"));
        Assert.False(await page.IsVisibleAsync(".breadcrumbs"));
        Assert.True(await page.IsVisibleAsync(".article h1"));
        Assert.True(await page.IsVisibleAsync(".article-meta"));
        Assert.Contains(Article, await page.InnerTextAsync(".print-address"), StringComparison.Ordinal);
    }
}
