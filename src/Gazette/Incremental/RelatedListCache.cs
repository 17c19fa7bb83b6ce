using System.Collections.Immutable;
using Gazette.Site;

namespace Gazette.Incremental;

/// <summary>
/// Keeps the related-article lists between builds, keyed by a hash of exactly what they are computed from: every
/// article's address, title, summary and the opening of its body, in order, and the Gazette build. When a rebuild
/// changes none of that (a correction further down a body, a new tag), the lists are read back instead of computed.
/// Kept in <c>.gazette/related.cache</c>.
/// </summary>
internal static class RelatedListCache
{
    private const string Header = "gazette related cache 2";

    /// <summary>The key of the lists of <paramref name="count"/> related articles for <paramref name="articles"/>.</summary>
    public static ulong Key(ImmutableArray<Article> articles, int count)
    {
        var hash = BuildKey.NewHash();
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

    /// <summary>The lists kept for <paramref name="key"/>, one per article (indices into the articles); null when none or unreadable.</summary>
    public static ImmutableArray<ImmutableArray<int>>? Load(SitePaths paths, ulong key, int articles)
    {
        if (CacheFileReader.Open(CacheFolder.Of(paths).Related, Header) is not { } reader)
        {
            return null;
        }

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

            return reader.AtEnd ? lists.MoveToImmutable() : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Keeps the lists for <paramref name="key"/>.</summary>
    public static async Task SaveAsync(SitePaths paths, ulong key, ImmutableArray<ImmutableArray<int>> lists, CancellationToken cancellationToken)
    {
        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(key);
        foreach (var list in lists)
        {
            writer.Write(list.Length);
            foreach (var item in list)
            {
                writer.Write(item);
            }
        }

        await writer.SaveAsync(CacheFolder.Of(paths).Related, cancellationToken);
    }
}
