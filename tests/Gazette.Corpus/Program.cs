using System.Globalization;
using Gazette.Corpus;

// gazette-corpus --articles N --root DIR [--seed S] [--base-path /news/]
var options = args.Select((value, i) => (value, i)).Where(p => p.value.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.value, p => p.i + 1 < args.Length ? args[p.i + 1] : string.Empty, StringComparer.Ordinal);
if (!options.TryGetValue("--articles", out var countText) || !options.TryGetValue("--root", out var root))
{
    Console.Error.WriteLine("usage: Gazette.Corpus --articles N --root DIR [--seed S] [--base-path /news/]");
    return 2;
}

var count = int.Parse(countText, CultureInfo.InvariantCulture);
var seed = options.TryGetValue("--seed", out var seedText) ? int.Parse(seedText, CultureInfo.InvariantCulture) : 1;
new CorpusGenerator(seed).Write(root, count, options.GetValueOrDefault("--base-path", "/"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} articles to {Path.GetFullPath(root)}/input"));
return 0;
