using Gazette.Content;
using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Pages;
using Gazette.Site;

namespace Gazette.Build;

/// <summary>
/// Finds the commonest rebuild: when the settings, theme and Gazette are those of the last build, no Markdown file came
/// or went, and every changed file differs from what the last build read only after its opening lines of body (same
/// front matter, same first <see cref="ArticleBody.HeadLength"/> characters, so the same related articles), then only
/// those articles' pages and the Atom feeds that carry their text can differ: <see cref="RenderPlan.BodyEdit"/>.
/// </summary>
internal static class BodyEditDetector
{
    /// <summary>The plan for this build: a body edit when it is one, else everything.</summary>
    public static RenderPlan Plan(
        PageContext context,
        ArticleCache lastBuild,
        IReadOnlyList<(string SourceFile, ArticleCacheEntry Entry)> current,
        OutputManifest? manifest,
        DeployedFiles deployed)
    {
        if (context.Renderer.Reuse is not { KnowsLastBuild: true } || manifest is null || current.Count != lastBuild.Count || !manifest.IsDeployedIn(deployed))
        {
            return RenderPlan.Everything;
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
                return RenderPlan.Everything;
            }

            changed.Add(sourceFile);
        }

        var articles = context.Content.Articles;
        return RenderPlan.BodyEdit([.. Enumerable.Range(0, articles.Length).Where(i => changed.Contains(articles[i].SourceFile))]);
    }

    /// <summary>Whether two readings of a file differ at most in the body after its opening; record equality covers every other field, lists by value.</summary>
    private static bool SameButLaterBody(Article before, Article after) =>
        before with { Body = after.Body, ContentHash = after.ContentHash } == after && before.Body.HeadHash == after.Body.HeadHash;
}
