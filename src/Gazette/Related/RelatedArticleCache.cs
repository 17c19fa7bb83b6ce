using System.Collections.Immutable;
using System.IO.Hashing;
using Gazette.Engine;
using Gazette.FileSystem;
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
    private const string Header = "gazette related cache 2";

    /// <summary>The lists for <paramref name="articles"/>: read back when their inputs are unchanged, else computed and kept.</summary>
    public static async Task<RelatedArticleIndex> LoadOrBuildAsync(SitePaths paths, ImmutableArray<Article> articles, int count, CancellationToken cancellationToken)
    {
        var path = Path.Combine(paths.Root, ".gazette", "related.cache");
        var key = Key(articles, count);
        if (CacheFileReader.Open(path, Header) is { } reader && Read(reader, key, articles.Length) is { } cached)
        {
            return cached;
        }

        var index = RelatedArticleIndex.Build(articles, count, cancellationToken);
        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(key);
        foreach (var list in index.Lists)
        {
            writer.Write(list.Length);
            foreach (var item in list)
            {
                writer.Write(item);
            }
        }

        await writer.SaveAsync(path, cancellationToken);
        return index;
    }

    private static RelatedArticleIndex? Read(CacheFileReader reader, ulong key, int articles)
    {
        try
        {
            if (reader.ReadUInt64() != key)
            {
                return null;
            }

            var lists = ImmutableArray.CreateBuilder<ImmutableArray<int>>(articles);
            for (var i = 0; i < articles; i++)
            {
                var length = reader.ReadInt32();
                var list = ImmutableArray.CreateBuilder<int>(Math.Clamp(length, 0, articles));
                for (var k = 0; k < length; k++)
                {
                    var item = reader.ReadInt32();
                    if (item < 0 || item >= articles)
                    {
                        return null;
                    }

                    list.Add(item);
                }

                lists.Add(list.ToImmutable());
            }

            return reader.AtEnd ? RelatedArticleIndex.FromLists(lists.MoveToImmutable()) : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static ulong Key(ImmutableArray<Article> articles, int count)
    {
        var hash = new XxHash3();
        hash.Append(typeof(RelatedArticleCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        hash.Append(BitConverter.GetBytes(count));
        foreach (var article in articles)
        {
            foreach (var part in new[] { article.SitePath, article.Title, article.Summary ?? string.Empty })
            {
                // Hashed as held (UTF-16): encoding ten thousand strings only to hash them costs more than it saves.
                hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(part.AsSpan()));
                hash.Append([0, 0]);
            }

            hash.Append(BitConverter.GetBytes(article.Body.HeadHash));
        }

        return hash.GetCurrentHashAsUInt64();
    }
}
