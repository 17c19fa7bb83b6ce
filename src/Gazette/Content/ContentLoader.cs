using System.Collections.Immutable;
using Gazette.Diagnostics;
using Gazette.Site;

namespace Gazette.Content;

/// <summary>The Content pipeline's first half: reads every Markdown file under <c>input/</c>.</summary>
public static class ContentLoader
{
    /// <summary>
    /// Loads every article. Throws <see cref="GazetteException"/> listing every broken file, so that one run
    /// shows the webmaster all that needs fixing.
    /// </summary>
    public static Task<ContentSet> LoadAsync(SitePaths paths, SiteSettings settings, CancellationToken cancellationToken) =>
        Task.Run(() => Load(paths, settings, cancellationToken), cancellationToken);

    private static ContentSet Load(SitePaths paths, SiteSettings settings, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(paths.Input)
            ? Directory.EnumerateFiles(paths.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : [];
        var reader = new ArticleReader(settings);
        var results = new (Article? Article, ExcludedArticle? Excluded, List<GazetteError> Errors)[files.Length];

        // Small files read fastest synchronously, each read beside its parse.
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var fileErrors = new List<GazetteError>();
            var article = reader.Read(paths.Relative(files[i]), File.ReadAllText(files[i]), fileErrors, out var skipped);
            results[i] = (article, skipped, fileErrors);
        });

        // Gathered in file order, so that errors and articles come out the same on every run.
        var errors = results.SelectMany(r => r.Errors).ToList();
        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var excluded = results.Where(r => r.Excluded is not null).Select(r => r.Excluded!).ToList();

        foreach (var clash in articles.GroupBy(a => a.SitePath, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var names = string.Join(" and ", clash.Select(a => a.SourceFile));
            errors.Add(new GazetteError(clash.First().SourceFile, 1, $"{names} would both be published at /{clash.Key}; give one of them a different 'slug'"));
        }

        if (errors.Count > 0)
        {
            throw new GazetteException(errors);
        }

        articles.Sort(ArticleOrder.NewestFirst);
        return new ContentSet([.. articles], [.. excluded]);
    }
}
