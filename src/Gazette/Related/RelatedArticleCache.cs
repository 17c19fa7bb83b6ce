using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Gazette.Site;

namespace Gazette.Related;

/// <summary>
/// Keeps the related-article lists between builds, keyed by a hash of exactly what they are computed from: every
/// article's address, title, summary and the opening of its body, in order, and the Gazette build. When a rebuild
/// changes none of that (a correction further down a body, a new tag), the lists are read back instead of computed.
/// Kept in <c>.gazette/related.cache</c>, which is not committed.
/// </summary>
public static class RelatedArticleCache
{
    private const string Header = "gazette related cache 1";

    /// <summary>The lists for <paramref name="articles"/>: read back when their inputs are unchanged, else computed and kept.</summary>
    public static async Task<RelatedArticleIndex> LoadOrBuildAsync(SitePaths paths, ImmutableArray<Article> articles, int count, CancellationToken cancellationToken)
    {
        var path = Path.Combine(paths.Root, ".gazette", "related.cache");
        var key = Key(articles, count);
        if (File.Exists(path) && Read(await File.ReadAllLinesAsync(path, Encoding.UTF8, cancellationToken), key, articles.Length) is { } cached)
        {
            return cached;
        }

        var index = RelatedArticleIndex.Build(articles, count, cancellationToken);
        var text = new StringBuilder();
        text.Append(Header).Append('\n').Append(key.ToString("x16", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var list in index.Lists)
        {
            text.AppendJoin(',', list).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
        return index;
    }

    private static RelatedArticleIndex? Read(string[] lines, ulong key, int articles)
    {
        if (lines.Length != articles + 2 || lines[0] != Header
            || !ulong.TryParse(lines[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var recorded) || recorded != key)
        {
            return null;
        }

        var lists = ImmutableArray.CreateBuilder<ImmutableArray<int>>(articles);
        foreach (var line in lines.Skip(2))
        {
            var list = ImmutableArray.CreateBuilder<int>();
            foreach (var item in line.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= articles)
                {
                    return null;
                }

                list.Add(index);
            }

            lists.Add(list.ToImmutable());
        }

        return RelatedArticleIndex.FromLists(lists.MoveToImmutable());
    }

    private static ulong Key(ImmutableArray<Article> articles, int count)
    {
        var hash = new XxHash3();
        hash.Append(typeof(RelatedArticleCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        hash.Append(BitConverter.GetBytes(count));
        foreach (var article in articles)
        {
            foreach (var part in new[] { article.SitePath.AsMemory(), article.Title.AsMemory(), (article.Summary ?? string.Empty).AsMemory(), article.Body.Head.AsMemory() })
            {
                // Hashed as held (UTF-16): encoding ten thousand bodies only to hash them cost more than the lookup saves.
                hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(part.Span));
                hash.Append([0, 0]);
            }
        }

        return hash.GetCurrentHashAsUInt64();
    }
}
