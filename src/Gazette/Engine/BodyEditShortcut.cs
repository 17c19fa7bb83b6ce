using Gazette.Content;
using Gazette.Output;
using Gazette.Publishing;
using Gazette.Site;

namespace Gazette.Engine;

/// <summary>
/// The commonest rebuild — a correction inside some articles' text — without fingerprinting every page of the site.
/// When the settings, theme and Gazette are those of the last build, no Markdown file came or went, and every changed
/// file differs from what the last build read only after its opening lines of body (same front matter, same first
/// <see cref="ArticleBody.HeadLength"/> characters, so the same related articles), then only two kinds of file can
/// differ: those articles' own pages, and the Atom feeds that carry their text. Everything else the last build wrote
/// is kept, with the fingerprint it had. In any other case the full build decides page by page.
/// </summary>
internal static class BodyEditShortcut
{
    /// <summary>Every file of the site, or null when the shortcut does not apply.</summary>
    public static async Task<List<OutputFile>?> TryAssembleAsync(
        BuildContext context,
        ArticleCache lastBuild,
        IReadOnlyList<(string SourceFile, ArticleCacheEntry Entry)> current,
        OutputManifest? manifest,
        DeployedFiles deployed,
        CancellationToken cancellationToken)
    {
        if (context.Cache is not { KnowsLastBuild: true } cache || manifest is null || current.Count != lastBuild.Count || !deployed.Describes(manifest))
        {
            return null;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sourceFile, entry) in current)
        {
            if (lastBuild.Find(sourceFile, entry.Hash) is not null)
            {
                continue;
            }

            if (lastBuild.Entry(sourceFile)?.Article is not { } before || entry.Article is not { } after || !SameButLaterBody(before, after))
            {
                return null;
            }

            changed.Add(sourceFile);
        }

        var articles = context.Content.Articles;
        var indices = Enumerable.Range(0, articles.Length).Where(i => changed.Contains(articles[i].SourceFile)).ToList();
        var fresh = ArticlePages.RenderSome(context, indices).ToList();
        fresh.AddRange((await new FeedPages().RunAsync(context, cancellationToken)).Files);
        var produced = fresh.Select(f => f.SitePath).ToHashSet(StringComparer.Ordinal);
        if (!produced.All(manifest.Entries.ContainsKey))
        {
            return null;
        }

        var files = new List<OutputFile>(manifest.Entries.Count);
        foreach (var sitePath in manifest.Entries.Keys.Order(StringComparer.Ordinal))
        {
            if (produced.Contains(sitePath) || (Precompressor.OriginalOf(sitePath) is { } original && produced.Contains(original)))
            {
                continue;
            }

            files.Add(OutputFile.Reuse(sitePath, cache.PreviousFingerprint(sitePath)));
        }

        files.AddRange(fresh);
        if (context.Settings.Precompress)
        {
            files.AddRange(Precompressor.CompanionsFor(fresh, cancellationToken));
        }

        return files;
    }

    /// <summary>
    /// Whether two readings of a file differ at most in the body after its opening. Record equality covers every field,
    /// including any added later, except lists, which it compares by reference: those are compared here by content.
    /// </summary>
    private static bool SameButLaterBody(Article before, Article after) =>
        before with { Body = after.Body, ContentHash = after.ContentHash, Tags = after.Tags, Aliases = after.Aliases } == after
        && before.Tags.SequenceEqual(after.Tags, StringComparer.Ordinal)
        && before.Aliases.SequenceEqual(after.Aliases, StringComparer.Ordinal)
        && before.Body.HeadHash == after.Body.HeadHash;
}
