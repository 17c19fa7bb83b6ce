using Gazette.Site;

namespace Gazette.Incremental;

/// <summary>
/// The fingerprint of every page the last build rendered, under the key of what all pages share (theme, settings,
/// Gazette build): what a rebuild compares each page's fingerprint with to tell whether it may keep the deployed file.
/// Kept in <c>.gazette/pages.cache</c>.
/// </summary>
internal static class PageFingerprints
{
    private const string Header = "gazette page cache 3";

    /// <summary>The fingerprints kept under <paramref name="global"/>, by site path; empty when none, another key, or unreadable.</summary>
    public static Dictionary<string, ulong> Load(SitePaths paths, ulong global)
    {
        var previous = new Dictionary<string, ulong>(StringComparer.Ordinal);
        if (CacheFileReader.Open(CacheFolder.Of(paths).Pages, Header) is not { } reader)
        {
            return previous;
        }

        try
        {
            if (reader.ReadUInt64() == global)
            {
                var count = reader.ReadInt32();
                previous.EnsureCapacity(count);
                for (var i = 0; i < count; i++)
                {
                    previous[reader.ReadString()] = reader.ReadUInt64();
                }
            }
        }
        catch (InvalidDataException)
        {
            previous.Clear();
        }

        return previous;
    }

    /// <summary>Keeps this build's fingerprints (site path and value) under <paramref name="global"/>.</summary>
    public static async Task SaveAsync(SitePaths paths, ulong global, IEnumerable<(string SitePath, ulong Fingerprint)> pages, CancellationToken cancellationToken)
    {
        var ordered = pages.OrderBy(p => p.SitePath, StringComparer.Ordinal).ToList();
        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(global);
        writer.Write(ordered.Count);
        foreach (var (sitePath, fingerprint) in ordered)
        {
            writer.Write(sitePath);
            writer.Write(fingerprint);
        }

        await writer.SaveAsync(CacheFolder.Of(paths).Pages, cancellationToken);
    }

    /// <summary>Forgets the fingerprints, so that a failed build is never trusted.</summary>
    public static void Delete(SitePaths paths) => CacheFolder.Delete(CacheFolder.Of(paths).Pages);
}
