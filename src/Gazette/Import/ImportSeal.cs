using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Site;

namespace Gazette.Import;

/// <summary>
/// The last import's word that nothing is left to import while <c>seeds/</c>, <c>_site.yml</c> and
/// <c>_imported.yml</c> stay as they are: left only by an import in which every seed was imported (none failed) and
/// every seed, seed folder and settings file was old enough for its time to be trusted. A build that finds it still holds skips
/// even the import cache, whose entries cost more to load than the stats of the seeds they describe; so a build over
/// unchanged seeds costs one directory read per seed folder and one stat per seed. Kept in <c>.gazette/imports.seal</c>;
/// an import that has work to do removes it first, so a seal never outlives the state it describes.
/// </summary>
/// <param name="SiteFile"><c>_site.yml</c> as the import left it.</param>
/// <param name="Manifest"><c>_imported.yml</c> as the import left it.</param>
/// <param name="Seeds">How many seeds there were.</param>
/// <param name="SeedsDigest">The <see cref="FolderState.Digest"/> of <c>seeds/</c>.</param>
internal sealed record ImportSeal(RememberedFile? SiteFile, RememberedFile? Manifest, int Seeds, ulong SeedsDigest)
{
    private const string Header = "gazette import seal 1";

    /// <summary>The extension of the files import reads.</summary>
    public const string SeedExtension = ".txt";

    /// <summary>How many seeds the seal vouches for, unchanged since the import that left it; null when there is no seal or it no longer holds.</summary>
    public static int? Vouches(SitePaths paths, CancellationToken cancellationToken)
    {
        if (Load(paths) is not { } seal)
        {
            return null;
        }

        return FolderState.Read(paths.Seeds, SeedExtension, cancellationToken) is { } seeds && seeds.Files.Length == seal.Seeds && seeds.Digest == seal.SeedsDigest
            && RememberedFile.StillHolds(seal.SiteFile, paths.SiteFile) && RememberedFile.StillHolds(seal.Manifest, paths.ImportManifest)
            ? seal.Seeds
            : null;
    }

    /// <summary>Removes the seal, before an import changes anything.</summary>
    public static void Break(SitePaths paths) => CacheFolder.Delete(CacheFolder.Of(paths).ImportSeal);

    /// <summary>
    /// Leaves a seal after an import that read or vouched for exactly <paramref name="listed"/> and left nothing to
    /// do, when the seeds still are as listed and their times can be trusted; otherwise leaves none, and the next
    /// build goes through the import cache.
    /// </summary>
    public static async Task LeaveAsync(
        SitePaths paths, IReadOnlyList<SiteFiles.Found> listed, bool anyFailed, RememberedFile? siteFile, RememberedFile? manifest, long seenAt, CancellationToken cancellationToken)
    {
        // Settings read and hashed on every build would cost what the seal saves: they too must be old enough to trust.
        if (anyFailed || siteFile is { TimeTrusted: false } || manifest is { TimeTrusted: false })
        {
            return;
        }

        if (FolderState.Read(paths.Seeds, SeedExtension, cancellationToken) is not { } seeds)
        {
            return;
        }

        var asListed = seeds.Files.Length == listed.Count && seeds.Files.Zip(listed.OrderBy(f => f.FullPath, StringComparer.Ordinal)).All(pair =>
            Path.Combine(paths.Seeds, pair.First.Path.Replace('/', Path.DirectorySeparatorChar)) == pair.Second.FullPath
            && pair.First.Size == pair.Second.Size && pair.First.WriteTimeTicks == pair.Second.WriteTimeTicks);
        if (!asListed || !seeds.TrustedAt(seenAt))
        {
            return;
        }

        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(BuildKey.For(0));
        ImportCache.WriteOptionalFile(writer, siteFile);
        ImportCache.WriteOptionalFile(writer, manifest);
        writer.Write(seeds.Files.Length);
        writer.Write(seeds.Digest);
        await writer.SaveAsync(CacheFolder.Of(paths).ImportSeal, cancellationToken);
    }

    private static ImportSeal? Load(SitePaths paths)
    {
        try
        {
            if (CacheFileReader.Open(CacheFolder.Of(paths).ImportSeal, Header) is not { } reader || reader.ReadUInt64() != BuildKey.For(0))
            {
                return null;
            }

            var seal = new ImportSeal(ImportCache.ReadOptionalFile(reader), ImportCache.ReadOptionalFile(reader), reader.ReadInt32(), reader.ReadUInt64());
            return reader.AtEnd ? seal : null;
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
