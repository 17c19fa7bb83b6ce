using System.Collections.Immutable;
using Gazette.Incremental;
using Gazette.Site;

namespace Gazette.Import;

/// <summary>
/// What the last import made of each seed, so that an import over unchanged seeds reads none of them. It holds for
/// one Gazette build, one <c>_site.yml</c> and one <c>_imported.yml</c> (as import left them): a new importer, a
/// changed setting or a manifest entry removed by hand makes every seed be read again once. Seeds, Markdown files
/// and those two files are recognised by size, time and content hash (<see cref="RememberedFile"/>). The facts pages
/// give <c>_site.yml</c> are kept once per distinct value, since thousands of pages repeat the same footer. Kept in
/// <c>.gazette/imports.cache</c>, which is not committed; <c>gazette build --clean</c> forgets it.
/// </summary>
/// <param name="SiteFile"><c>_site.yml</c> as import left it; null when there was none.</param>
/// <param name="Manifest"><c>_imported.yml</c> as import left it; null when there was none.</param>
/// <param name="Entries">The entries by seed path.</param>
internal sealed record ImportCache(RememberedFile? SiteFile, RememberedFile? Manifest, IReadOnlyDictionary<string, ImportCacheEntry> Entries)
{
    private const string Header = "gazette imports 2";

    /// <summary>A cache that vouches for nothing.</summary>
    public static ImportCache None { get; } = new(null, null, new Dictionary<string, ImportCacheEntry>(StringComparer.Ordinal));

    /// <summary>The cache of the last import; <see cref="None"/> when it is missing, damaged or was made by another Gazette build.</summary>
    public static ImportCache Load(SitePaths paths)
    {
        try
        {
            if (CacheFileReader.Open(CacheFolder.Of(paths).Imports, Header) is not { } reader || reader.ReadUInt64() != BuildKey.For(0))
            {
                return None;
            }

            var siteFile = ReadOptionalFile(reader);
            var manifest = ReadOptionalFile(reader);
            var facts = new SeedFacts[ReadCount(reader)];
            for (var i = 0; i < facts.Length; i++)
            {
                facts[i] = ReadFacts(reader);
            }

            var count = ReadCount(reader);
            var entries = new Dictionary<string, ImportCacheEntry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var entry = ReadEntry(reader, facts);
                entries[entry.Outcome.Seed] = entry;
            }

            return reader.AtEnd ? new ImportCache(siteFile, manifest, entries) : None;
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException)
        {
            // The cache only saves work: one that cannot be read is as good as none.
            return None;
        }
    }

    /// <summary>Writes the cache: <paramref name="entries"/> with the settings and manifest files they were made under.</summary>
    public static async Task SaveAsync(SitePaths paths, RememberedFile? siteFile, RememberedFile? manifest, IReadOnlyCollection<ImportCacheEntry> entries, CancellationToken cancellationToken)
    {
        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(BuildKey.For(0));
        WriteOptionalFile(writer, siteFile);
        WriteOptionalFile(writer, manifest);
        var factIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<SeedFacts>();
        var indexes = new List<int>(entries.Count);
        foreach (var entry in entries)
        {
            var identity = string.Join('\u0001', entry.Facts.Section.Concat(["\u0002"]).Concat(SiteFooter.Fields.Select(f => f.Get(entry.Facts.Footer) ?? "\u0003")));
            if (!factIndex.TryGetValue(identity, out var index))
            {
                index = factIndex[identity] = distinct.Count;
                distinct.Add(entry.Facts);
            }

            indexes.Add(index);
        }

        writer.Write(distinct.Count);
        foreach (var facts in distinct)
        {
            WriteFacts(writer, facts);
        }

        writer.Write(entries.Count);
        foreach (var (entry, index) in entries.Zip(indexes))
        {
            WriteEntry(writer, entry, index);
        }

        await writer.SaveAsync(CacheFolder.Of(paths).Imports, cancellationToken);
    }

    private static void WriteEntry(CacheFileWriter writer, ImportCacheEntry entry, int factsIndex)
    {
        var outcome = entry.Outcome;
        writer.Write(outcome.Seed);
        writer.WriteOptional(outcome.Markdown);
        writer.Write((int)outcome.Status);
        writer.WriteOptional(outcome.Detail);
        writer.WriteOptional(outcome.Review);
        writer.Write(outcome.Placement is { } placement ? (int)placement : -1);
        WriteFile(writer, entry.Seed);
        WriteOptionalFile(writer, entry.Markdown);
        writer.Write(factsIndex);
    }

    private static ImportCacheEntry ReadEntry(CacheFileReader reader, SeedFacts[] facts)
    {
        var seed = reader.ReadString();
        var markdownPath = reader.ReadOptional();
        var status = reader.ReadInt32();
        var detail = reader.ReadOptional();
        var review = reader.ReadOptional();
        var placement = reader.ReadInt32();
        if (!Enum.IsDefined((ImportStatus)status) || (placement != -1 && !Enum.IsDefined((SectionPlacement)placement)))
        {
            throw new InvalidDataException("damaged cache file");
        }

        var outcome = new ImportOutcome(seed, markdownPath, (ImportStatus)status, detail, review, placement == -1 ? null : (SectionPlacement)placement);
        var seedFile = ReadFile(reader);
        var markdown = ReadOptionalFile(reader);
        return new ImportCacheEntry(outcome, seedFile, markdown, facts[reader.ReadInt32()]);
    }

    private static void WriteFacts(CacheFileWriter writer, SeedFacts facts)
    {
        writer.Write(facts.Section.Length);
        foreach (var name in facts.Section)
        {
            writer.Write(name);
        }

        foreach (var field in SiteFooter.Fields)
        {
            writer.WriteOptional(field.Get(facts.Footer));
        }
    }

    private static SeedFacts ReadFacts(CacheFileReader reader)
    {
        var section = ImmutableArray.CreateBuilder<string>(ReadCount(reader));
        for (var i = 0; i < section.Capacity; i++)
        {
            section.Add(reader.ReadString());
        }

        var values = SiteFooter.Fields.ToDictionary(f => f.Key, _ => reader.ReadOptional(), StringComparer.Ordinal);
        return new SeedFacts(section.MoveToImmutable(), SiteFooter.From(field => values[field.Key]));
    }

    private static int ReadCount(CacheFileReader reader) =>
        reader.ReadInt32() is var count and >= 0 ? count : throw new InvalidDataException("damaged cache file");

    private static void WriteFile(CacheFileWriter writer, RememberedFile file)
    {
        writer.Write(file.Size);
        writer.Write(file.WriteTimeTicks);
        writer.Write(file.Hash);
        writer.Write(file.TimeTrusted);
    }

    private static RememberedFile ReadFile(CacheFileReader reader) =>
        new(reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64(), reader.ReadBoolean());

    internal static void WriteOptionalFile(CacheFileWriter writer, RememberedFile? file)
    {
        writer.Write(file is not null);
        if (file is { } known)
        {
            WriteFile(writer, known);
        }
    }

    internal static RememberedFile? ReadOptionalFile(CacheFileReader reader) => reader.ReadBoolean() ? ReadFile(reader) : null;
}
