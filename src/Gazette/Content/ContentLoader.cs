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
    public static async Task<ContentSet> LoadAsync(SitePaths paths, SiteSettings settings, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(paths.Input)
            ? Directory.EnumerateFiles(paths.Input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : [];
        var texts = new string[files.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Length), cancellationToken, async (i, token) =>
            texts[i] = await File.ReadAllTextAsync(files[i], token));

        var reader = new ArticleReader(settings);
        var errors = new List<GazetteError>();
        var articles = new List<Article>();
        var excluded = new List<ExcludedArticle>();
        for (var i = 0; i < files.Length; i++)
        {
            var article = reader.Read(paths.Relative(files[i]), texts[i], errors, out var skipped);
            if (article is not null)
            {
                articles.Add(article);
            }
            else if (skipped is not null)
            {
                excluded.Add(skipped);
            }
        }

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
