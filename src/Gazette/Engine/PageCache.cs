using System.IO.Hashing;
using Gazette.FileSystem;
using Gazette.Output;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Engine;

/// <summary>
/// Lets a rebuild skip rendering the pages whose content cannot have changed. Each page's fingerprint hashes
/// everything its layout can show — its whole view model, an article's Markdown rather than its HTML — together with
/// the theme, the settings and the Gazette build. A page whose fingerprint is the one the last build recorded, and
/// whose deployed file is still exactly what that build wrote, is reused as it is.
/// Kept in <c>.gazette/pages.cache</c>, which is not committed.
/// </summary>
public sealed class PageCache
{
    private const string Header = "gazette page cache 2";

    private readonly ViewHasher _views = new();

    private readonly ulong _global;
    private readonly Dictionary<string, ulong> _previous;
    private readonly OutputManifest? _manifest;
    private readonly DeployedFiles _deployed;
    private int _reused;

    private PageCache(ulong global, Dictionary<string, ulong> previous, OutputManifest? manifest, DeployedFiles deployed)
    {
        _global = global;
        _previous = previous;
        _manifest = manifest;
        _deployed = deployed;
    }

    /// <summary>Whether pages may be reused in this build; a caller turns it off to render everything.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Whether the cache holds the fingerprints of a last build made with the same settings, theme and Gazette.</summary>
    public bool KnowsLastBuild => Enabled && _previous.Count > 0;

    /// <summary>The fingerprint the last build recorded for a file, if any.</summary>
    public ulong? PreviousFingerprint(string sitePath) => _previous.TryGetValue(sitePath, out var value) ? value : null;

    /// <summary>How many pages this build reused.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Where the cache of a site is kept.</summary>
    public static string PathFor(SitePaths paths) => Path.Combine(paths.Root, ".gazette", "pages.cache");

    /// <summary>
    /// Opens the cache for a build: <paramref name="global"/> fingerprints what every page shares (theme, settings,
    /// Gazette build); <paramref name="manifest"/> says what the last build wrote and <paramref name="deployed"/> what
    /// the output folder holds now.
    /// </summary>
    public static PageCache Open(SitePaths paths, ulong global, OutputManifest? manifest, DeployedFiles deployed, bool enabled)
    {
        var previous = new Dictionary<string, ulong>(StringComparer.Ordinal);
        if (enabled && manifest is not null && CacheFileReader.Open(PathFor(paths), Header) is { } reader)
        {
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
        }

        return new PageCache(global, previous, manifest, deployed) { Enabled = enabled };
    }

    /// <summary>
    /// The fingerprint of what every page shows of the site (navigation, footer, links): hashed once per build and
    /// passed to <see cref="Fingerprint(PageModel, ulong)"/>, rather than hashed again for every page.
    /// </summary>
    public ulong SiteFingerprint(SiteView site)
    {
        var hash = new XxHash3();
        _views.Append(hash, site);
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>The fingerprint of a page from its view model (which must hold everything the layout can print).</summary>
    public ulong Fingerprint(PageModel model, ulong site)
    {
        var hash = new XxHash3((long)_global);
        _views.Append(hash, site);

        // The site part is the same on every page and hashed once per build (site); the rest is walked here.
        _views.Append(hash, model with { Site = null! });
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>The fingerprint of a file rendered without a template (a feed) from everything it shows.</summary>
    public ulong Fingerprint(object model)
    {
        var hash = new XxHash3((long)_global);
        _views.Append(hash, model);
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>Whether the deployed file of a page with this fingerprint can be kept instead of rendering it.</summary>
    public bool TryReuse(string sitePath, ulong fingerprint)
    {
        if (!Enabled || !_previous.TryGetValue(sitePath, out var previous) || previous != fingerprint
            || _manifest is null || !_manifest.Entries.TryGetValue(sitePath, out var entry)
            || !_deployed.Matches(sitePath, entry))
        {
            return false;
        }

        Interlocked.Increment(ref _reused);
        return true;
    }

    /// <summary>Writes the fingerprints of this build's files.</summary>
    public async Task SaveAsync(SitePaths paths, IEnumerable<OutputFile> files, CancellationToken cancellationToken)
    {
        var fingerprinted = files.Where(f => f.Fingerprint is not null).OrderBy(f => f.SitePath, StringComparer.Ordinal).ToList();
        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(_global);
        writer.Write(fingerprinted.Count);
        foreach (var file in fingerprinted)
        {
            writer.Write(file.SitePath);
            writer.Write(file.Fingerprint!.Value);
        }

        await writer.SaveAsync(PathFor(paths), cancellationToken);
    }

    /// <summary>Forgets the cache, so that a failed build is never trusted.</summary>
    public static void Delete(SitePaths paths)
    {
        var path = PathFor(paths);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
