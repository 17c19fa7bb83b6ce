using System.Collections.Frozen;
using System.Collections.Immutable;
using Gazette.FileSystem;
using Gazette.Site;

namespace Gazette.Incremental;

/// <summary>
/// The articles the last build read, by source file and content hash, so that a rebuild parses only the files that
/// changed. It is written when a build has succeeded, so it describes the articles the deployed output shows.
/// Reading a file's front matter depends on the settings (its section must be one of theirs) and on the
/// Gazette build, so the whole cache is dropped when either changes. Files with errors are never kept. The cache is
/// split in shards by source file, read in parallel, and a rebuild rewrites only the shards whose files changed.
/// Kept in <c>.gazette/articles/</c>, which is not committed.
/// </summary>
internal sealed class ArticleCache
{
    private const string Header = "gazette articles 8";

    private const int ShardCount = 32;

    private readonly FrozenDictionary<string, ArticleCacheEntry>[] _shards;

    private ArticleCache(ulong key, FrozenDictionary<string, ArticleCacheEntry>[] shards)
    {
        Key = key;
        _shards = shards;
    }

    /// <summary>What the cache is valid for: a hash of the settings file and the Gazette build.</summary>
    public ulong Key { get; }

    /// <summary>How many files the cache holds.</summary>
    public int Count => _shards.Sum(s => s.Count);

    /// <summary>The key for a settings file of the given content hash, read with drafts or without.</summary>
    public static ulong KeyFor(ulong settingsHash, bool drafts = false) => BuildKey.For(drafts ? ~settingsHash : settingsHash);

    /// <summary>An empty cache for <paramref name="key"/>.</summary>
    public static ArticleCache Empty(ulong key) =>
        new(key, [.. Enumerable.Repeat(FrozenDictionary<string, ArticleCacheEntry>.Empty, ShardCount)]);

    /// <summary>
    /// The cache of the last build; a shard that is missing, was made for another key, or cannot be read counts as empty.
    /// The cache keeps only the opening of each body: <paramref name="bodyOf"/> takes a file's text to its body, read
    /// when a page needs it.
    /// </summary>
    public static ArticleCache Load(SitePaths paths, ulong key, SiteSettings settings, Func<string, string?> bodyOf)
    {
        var shards = new FrozenDictionary<string, ArticleCacheEntry>[ShardCount];
        Parallel.For(0, ShardCount, shard => shards[shard] = LoadShard(ShardPath(paths, shard), paths.Root, key, settings, bodyOf));
        return new ArticleCache(key, shards);
    }

    /// <summary>The entry for a file, when the cache holds one for exactly this content.</summary>
    public ArticleCacheEntry? Find(string sourceFile, ulong hash) =>
        _shards[ShardOf(sourceFile)].TryGetValue(sourceFile, out var entry) && entry.Hash == hash ? entry : null;

    /// <summary>The entry for a file whatever its content, when the cache holds one.</summary>
    public ArticleCacheEntry? Entry(string sourceFile) => _shards[ShardOf(sourceFile)].GetValueOrDefault(sourceFile);

    /// <summary>
    /// Makes the cache on disk hold exactly <paramref name="entries"/>, rewriting only the shards that differ from this
    /// one, and returns the cache it now holds, for a builder that keeps it in memory until its next build.
    /// </summary>
    public async Task<ArticleCache> SaveChangesAsync(SitePaths paths, IReadOnlyList<(string SourceFile, ArticleCacheEntry Entry)> entries, CancellationToken cancellationToken)
    {
        var byShard = entries.GroupBy(e => ShardOf(e.SourceFile)).ToDictionary(g => g.Key, g => g.ToList());
        var shards = new FrozenDictionary<string, ArticleCacheEntry>[ShardCount];
        for (var shard = 0; shard < ShardCount; shard++)
        {
            var wanted = byShard.GetValueOrDefault(shard) ?? [];
            var known = _shards[shard];
            if (wanted.Count == known.Count && wanted.All(e => known.TryGetValue(e.SourceFile, out var k) && ReferenceEquals(k, e.Entry)))
            {
                shards[shard] = known;
                continue;
            }

            await SaveShardAsync(ShardPath(paths, shard), Key, wanted, cancellationToken);
            shards[shard] = wanted.ToFrozenDictionary(e => e.SourceFile, e => e.Entry, StringComparer.Ordinal);
        }

        return new ArticleCache(Key, shards);
    }

    private static int ShardOf(string sourceFile) =>
        (int)(System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(sourceFile.AsSpan())) % ShardCount);

    private static string ShardPath(SitePaths paths, int shard) =>
        Path.Combine(CacheFolder.Of(paths).Articles, shard.ToString("d2", System.Globalization.CultureInfo.InvariantCulture) + ".cache");

    private static FrozenDictionary<string, ArticleCacheEntry> LoadShard(string path, string root, ulong key, SiteSettings settings, Func<string, string?> bodyOf)
    {
        if (!File.Exists(path))
        {
            return FrozenDictionary<string, ArticleCacheEntry>.Empty;
        }

        try
        {
            if (CacheFileReader.FromBytes(File.ReadAllBytes(path)) is not { } reader || reader.ReadString() != Header || reader.ReadUInt64() != key)
            {
                return FrozenDictionary<string, ArticleCacheEntry>.Empty;
            }

            var count = reader.ReadInt32();
            var entries = new Dictionary<string, ArticleCacheEntry>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var sourceFile = reader.ReadString();
                var hash = reader.ReadUInt64();
                if (reader.ReadBoolean())
                {
                    entries[sourceFile] = new ArticleCacheEntry(hash, null, new ExcludedArticle(sourceFile, reader.ReadString()));
                }
                else
                {
                    var article = ReadArticle(reader, sourceFile, hash, Path.Combine(root, sourceFile), settings, bodyOf);
                    var warnings = ReadWarnings(reader, sourceFile);
                    if (article is not null)
                    {
                        entries[sourceFile] = new ArticleCacheEntry(hash, article, null) { Warnings = warnings };
                    }
                }
            }

            return entries.ToFrozenDictionary(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // The cache only saves work: a shard that cannot be read is as good as none.
            return FrozenDictionary<string, ArticleCacheEntry>.Empty;
        }
    }

    private static async Task SaveShardAsync(string path, ulong key, List<(string SourceFile, ArticleCacheEntry Entry)> entries, CancellationToken cancellationToken)
    {
        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(key);
        writer.Write(entries.Count);
        foreach (var (sourceFile, entry) in entries)
        {
            writer.Write(sourceFile);
            writer.Write(entry.Hash);
            writer.Write(entry.Excluded is not null);
            if (entry.Excluded is { } excluded)
            {
                writer.Write(excluded.Reason);
            }
            else
            {
                WriteArticle(writer, entry.Article!);
                WriteWarnings(writer, entry.Warnings);
            }
        }

        await writer.SaveAsync(path, cancellationToken);
    }

    private static void WriteArticle(CacheFileWriter writer, Article article)
    {
        writer.Write(article.Id);
        writer.Write(article.Title);
        writer.Write(article.Date.Value.Ticks);
        writer.Write(article.Date.Value.Offset.Ticks);
        writer.Write(article.Date.HasTime);
        writer.WriteOptional(article.Source);
        WriteList(writer, article.Section.Names);
        writer.WriteOptional(article.Summary);
        writer.WriteOptional(article.Seed);
        var info = article.PublicInformation;
        foreach (var field in new[] { info.IndexNo, info.Publisher, info.DocNo, info.DocDate, info.Archived, info.Status, info.Topic, info.Keywords })
        {
            writer.WriteOptional(field);
        }

        WriteList(writer, article.Tags);
        WriteList(writer, article.Aliases);
        // The body's opening only (related articles are found from it): the rest is read from the file if the page is rendered.
        writer.Write(article.Body.Head);
        writer.WriteOptional(article.OldId);
        writer.Write(article.IsDraft);
        writer.Write(article.ReachesOut);
        writer.Write(article.Expires is not null);
        if (article.Expires is { } expires)
        {
            writer.Write(expires.Value.Ticks);
            writer.Write(expires.Value.Offset.Ticks);
            writer.Write(expires.HasTime);
        }
    }

    private static Article? ReadArticle(CacheFileReader reader, string sourceFile, ulong hash, string fullPath, SiteSettings settings, Func<string, string?> bodyOf)
    {
        var id = reader.ReadString();
        var title = reader.ReadString();
        var ticks = reader.ReadInt64();
        var offset = new TimeSpan(reader.ReadInt64());
        var date = new PublicationDate(new DateTimeOffset(ticks, offset), reader.ReadBoolean());
        var source = reader.ReadOptional();
        var sectionNames = ReadList(reader);
        var summary = reader.ReadOptional();
        var seed = reader.ReadOptional();
        var info = new PublicInformation(reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional(), reader.ReadOptional());
        var tags = ReadList(reader);
        var aliases = ReadList(reader);
        var head = reader.ReadString();
        var oldId = reader.ReadOptional();
        var draft = reader.ReadBoolean();
        var reachesOut = reader.ReadBoolean();
        PublicationDate? expires = reader.ReadBoolean()
            ? new PublicationDate(new DateTimeOffset(reader.ReadInt64(), new TimeSpan(reader.ReadInt64())), reader.ReadBoolean())
            : null;

        // The key covers the settings, so the section is there; should it not be, the file is simply read again.
        return settings.Sections.Find(sectionNames) is { } section
            ? new Article(sourceFile, id, title, date, source, section, summary, seed, info, tags, aliases, new ArticleBody(head, new BodyFile(fullPath, sourceFile, hash, bodyOf)), oldId) { ContentHash = hash, IsDraft = draft, Expires = expires, ReachesOut = reachesOut }
            : null;
    }

    private static void WriteWarnings(CacheFileWriter writer, ImmutableArray<Diagnostics.GazetteError> warnings)
    {
        writer.Write(warnings.Length);
        foreach (var warning in warnings)
        {
            writer.Write(warning.Line ?? 0);
            writer.Write(warning.Message);
        }
    }

    private static ImmutableArray<Diagnostics.GazetteError> ReadWarnings(CacheFileReader reader, string sourceFile)
    {
        var count = reader.ReadInt32();
        var warnings = ImmutableArray.CreateBuilder<Diagnostics.GazetteError>(count);
        for (var i = 0; i < count; i++)
        {
            var line = reader.ReadInt32();
            warnings.Add(new Diagnostics.GazetteError(sourceFile, line == 0 ? null : line, reader.ReadString()));
        }

        return warnings.MoveToImmutable();
    }

    private static void WriteList(CacheFileWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static ImmutableArray<string> ReadList(CacheFileReader reader)
    {
        var count = reader.ReadInt32();
        var values = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(reader.ReadString());
        }

        return values.MoveToImmutable();
    }
}
