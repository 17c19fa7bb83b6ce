using Gazette.QueryBytes;

// What a cold query costs the reader: Gazette's search page and Pagefind's API over the same built output, each in a
// fresh Chromium context, every file served counted at its gzip size. Usage: Gazette.QueryBytes <output> <query>...
if (args.Length < 2 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Gazette.QueryBytes <output folder> <query> [<query> ...]");
    return 2;
}

await using var site = await ServedSite.StartAsync(args[0]);
await using var browser = await QueryBrowser.LaunchAsync(Environment.GetEnvironmentVariable("GAZETTE_CHROMIUM") ?? "/usr/bin/chromium");
var pagefind = Directory.Exists(Path.Combine(args[0], "pagefind"));
Console.WriteLine("| query | Gazette results | Gazette KB (index + script + excerpts) | Pagefind results | Pagefind KB |");
Console.WriteLine("|---|---:|---:|---:|---:|");
foreach (var query in args[1..])
{
    var gazette = await browser.GazetteAsync(site, query);
    var other = pagefind ? await browser.PagefindAsync(site, query) : null;
    Console.WriteLine(FormattableString.Invariant(
        $"| {query} | {gazette.Results} | {gazette.Kilobytes:F1} ({gazette.Detail}) | {other?.Results.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not built"} | {(other is null ? "" : other.Kilobytes.ToString("F1", System.Globalization.CultureInfo.InvariantCulture))} |"));
}

return 0;
