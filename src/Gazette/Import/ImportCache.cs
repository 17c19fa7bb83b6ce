using System.Collections.Frozen;
using System.Collections.Immutable;
using Gazette.Incremental;
using Gazette.Site;

namespace Gazette.Import;

/// <summary>
/// What the last import made of each seed, so that an import over unchanged seeds reads none of them. It holds for
/// one Gazette build, one <c>_site.yml</c> and one <c>_imported.yml</c> (the bytes import left): a new importer, a
/// changed setting or a manifest entry removed by hand makes every seed be read again once. Seeds and Markdown
/// files are recognised by size, time and content hash (<see cref="RememberedFile"/>). Kept in
/// <c>.gazette/imports.cache</c>, which is not committed; <c>gazette build --clean</c> forgets it.
/// </summary>
internal static class ImportCache
{
    private const string Header = "gazette imports 1";

    /// <summary>The key for these settings and manifest bytes (empty when a file is missing) and this Gazette build.</summary>
    public static ulong KeyFor(ReadOnlySpan<byte> siteFile, ReadOnlySpan<byte> manifest)
    {
        var hash = BuildKey.NewHash();
        hash.Append(BitConverter.GetBytes(siteFile.Length));
        hash.Append(siteFile);
        hash.Append(manifest);
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>The entries by seed path; none when the cache is missing, damaged or was made for another key.</summary>
    public static FrozenDictionary<string, ImportCacheEntry> Load(SitePaths paths, ulong key)
    {
        var none = FrozenDictionary<string, ImportCacheEntry>.Empty;
        try
        {
            if (CacheFileReader.Open(CacheFolder.Of(paths).Imports, Header) is not { } reader || reader.ReadUInt64() != key)
            {
                return none;
            }

            var count = reader.ReadInt32();
            var entries = new Dictionary<string, ImportCacheEntry>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var entry = ReadEntry(reader);
                entries[entry.Outcome.Seed] = entry;
            }

            return reader.AtEnd ? entries.ToFrozenDictionary(StringComparer.Ordinal) : none;
        }
        catch (InvalidDataException)
        {
            // The cache only saves work: one that cannot be read is as good as none.
            return none;
        }
    }

    /// <summary>Makes the cache hold exactly <paramref name="entries"/> for <paramref name="key"/>.</summary>
    public static async Task SaveAsync(SitePaths paths, ulong key, IReadOnlyCollection<ImportCacheEntry> entries, CancellationToken cancellationToken)
    {
        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(key);
        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            WriteEntry(writer, entry);
        }

        await writer.SaveAsync(CacheFolder.Of(paths).Imports, cancellationToken);
    }

    private static void WriteEntry(CacheFileWriter writer, ImportCacheEntry entry)
    {
        var outcome = entry.Outcome;
        writer.Write(outcome.Seed);
        writer.WriteOptional(outcome.Markdown);
        writer.Write((int)outcome.Status);
        writer.WriteOptional(outcome.Detail);
        writer.WriteOptional(outcome.Review);
        writer.Write(outcome.Placement is { } placement ? (int)placement : -1);
        WriteFile(writer, entry.Seed);
        writer.Write(entry.Markdown is not null);
        if (entry.Markdown is { } markdown)
        {
            WriteFile(writer, markdown);
        }

        writer.Write(entry.Facts.Section.Length);
        foreach (var name in entry.Facts.Section)
        {
            writer.Write(name);
        }

        foreach (var field in SiteFooter.Fields)
        {
            writer.WriteOptional(field.Get(entry.Facts.Footer));
        }
    }

    private static ImportCacheEntry ReadEntry(CacheFileReader reader)
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
        RememberedFile? markdown = reader.ReadBoolean() ? ReadFile(reader) : null;
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("damaged cache file");
        }

        var section = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            section.Add(reader.ReadString());
        }

        var values = SiteFooter.Fields.ToDictionary(f => f.Key, _ => reader.ReadOptional(), StringComparer.Ordinal);
        var footer = SiteFooter.From(field => values[field.Key]);
        return new ImportCacheEntry(outcome, seedFile, markdown, new SeedFacts(section.MoveToImmutable(), footer));
    }

    private static void WriteFile(CacheFileWriter writer, RememberedFile file)
    {
        writer.Write(file.Size);
        writer.Write(file.WriteTimeTicks);
        writer.Write(file.Hash);
        writer.Write(file.TimeTrusted);
    }

    private static RememberedFile ReadFile(CacheFileReader reader) =>
        new(reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64(), reader.ReadBoolean());
}
