using System.Diagnostics;
using System.Text.Json;
using Gazette.Tests.Support;

namespace Gazette.Tests.Theme;

/// <summary>The Nu Html Checker (vnu.jar) finds no error on any page of the seed site or the generated site.</summary>
public sealed class HtmlValidityTests
{
    private static async Task<List<string>> CheckAsync(string folder)
    {
        var start = new ProcessStartInfo(ExternalTools.Java!)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "-jar", ExternalTools.VnuJar, "--errors-only", "--skip-non-html", "--format", "json", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;

        // vnu writes its JSON report to the error stream; anything else there means it did not run properly.
        using var json = JsonDocument.Parse(report);
        return [.. json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")];
    }

    [SkippableFact]
    public async Task Every_page_of_the_seed_site_is_valid_html()
    {
        ExternalTools.RequireChecker();
        using var site = await ThemeSites.Bureau();

        var errors = await CheckAsync(site.Paths.Output);

        Assert.True(errors.Count == 0, string.Join('\n', errors));
        Assert.True(Directory.EnumerateFiles(site.Paths.Output, "*.html", SearchOption.AllDirectories).Count() > 5);
    }

    [SkippableFact]
    public async Task Every_page_of_the_generated_site_is_valid_html()
    {
        ExternalTools.RequireChecker();
        using var site = await ThemeSites.Generated();

        var errors = await CheckAsync(site.Paths.Output);

        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(30)));
        Assert.True(site.OutputExists(ThemeSites.WithdrawnArticle));
    }
}
