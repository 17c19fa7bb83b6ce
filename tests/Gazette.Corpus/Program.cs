using System.Globalization;
using Gazette.Corpus;

// gazette-corpus --articles N --root DIR [--profile news|long] [--vocabulary stock|natural] [--seeds M] [--seed S] [--base-path /news/]
// --articles may be left out (or 0) when --seeds is given.
var options = args.Select((value, i) => (value, i)).Where(p => p.value.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.value, p => p.i + 1 < args.Length ? args[p.i + 1] : string.Empty, StringComparer.Ordinal);
var hasArticles = options.TryGetValue("--articles", out var countText);
var hasSeeds = options.TryGetValue("--seeds", out var seedsText);
if ((!hasArticles && !hasSeeds) || !options.TryGetValue("--root", out var root))
{
    Console.Error.WriteLine("usage: Gazette.Corpus --articles N --root DIR [--profile news|long] [--vocabulary stock|natural] [--seeds M] [--seed S] [--base-path /news/]");
    Console.Error.WriteLine("       (--articles may be left out when --seeds is given)");
    return 2;
}

var seed = options.TryGetValue("--seed", out var seedText) ? int.Parse(seedText, CultureInfo.InvariantCulture) : 1;
var basePath = options.GetValueOrDefault("--base-path", "/");
if (hasArticles)
{
    var count = int.Parse(countText!, CultureInfo.InvariantCulture);
    var profile = Enum.Parse<CorpusProfile>(options.GetValueOrDefault("--profile", "news"), ignoreCase: true);
    var vocabulary = Enum.Parse<CorpusVocabulary>(options.GetValueOrDefault("--vocabulary", "stock"), ignoreCase: true);
    new CorpusGenerator(seed, profile, vocabulary).Write(root, count, basePath);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} articles to {Path.GetFullPath(root)}/input"));
}

if (hasSeeds)
{
    var seeds = int.Parse(seedsText!, CultureInfo.InvariantCulture);
    new SeedCorpusGenerator(seed).Write(root, seeds, basePath);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {seeds} seeds to {Path.GetFullPath(root)}/seeds"));
}

return 0;
