using System.IO.Hashing;
using Gazette.FileSystem;
using Gazette.Incremental;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>
/// Lets a rebuild skip rendering the pages whose content cannot have changed. Each page's fingerprint hashes its
/// <see cref="PageDependencies"/> — everything its layout can show, and the Markdown it renders — together with what
/// every page shares (the theme, the settings, the Gazette build: <c>global</c>). A page whose fingerprint is the one
/// the last build recorded (<see cref="PageFingerprints"/>), and whose deployed file is still exactly what that
/// build wrote (<see cref="OutputManifest"/>), is reused as it is.
/// </summary>
internal sealed class PageReuse
{
    private readonly ViewHasher _views = new();

    private readonly ulong _global;
    private readonly Dictionary<string, ulong> _previous;
    private readonly OutputManifest? _manifest;
    private readonly DeployedFiles _deployed;
    private int _reused;

    private PageReuse(ulong global, Dictionary<string, ulong> previous, OutputManifest? manifest, DeployedFiles deployed, bool enabled)
    {
        _global = global;
        _previous = previous;
        _manifest = manifest;
        _deployed = deployed;
        Enabled = enabled;
    }

    /// <summary>Whether pages may be reused in this build.</summary>
    public bool Enabled { get; }

    /// <summary>Whether the last build's fingerprints are known, made with the same settings, theme and Gazette.</summary>
    public bool KnowsLastBuild => Enabled && _previous.Count > 0;

    /// <summary>The key of what every page shares, under which this build's fingerprints are kept.</summary>
    public ulong Global => _global;

    /// <summary>How many pages this build reused.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>
    /// Reuse for a build: <paramref name="global"/> fingerprints what every page shares; <paramref name="manifest"/>
    /// says what the last build wrote and <paramref name="deployed"/> what the output folder holds now.
    /// </summary>
    public static PageReuse Open(SitePaths paths, ulong global, OutputManifest? manifest, DeployedFiles deployed) =>
        new(global, manifest is null ? [] : PageFingerprints.Load(paths, global), manifest, deployed, enabled: true);

    /// <summary>The same build with reuse turned off: every page is rendered, and still fingerprinted for the next build.</summary>
    public PageReuse Disabled() => new(_global, [], _manifest, _deployed, enabled: false);

    /// <summary>The fingerprint the last build recorded for a file, if any.</summary>
    public ulong? PreviousFingerprint(string sitePath) => _previous.TryGetValue(sitePath, out var value) ? value : null;

    /// <summary>
    /// The fingerprint of what every page shows of the site (navigation, footer, links): hashed once per build and
    /// passed to <see cref="Fingerprint(PageDependencies, ulong)"/>, rather than hashed again for every page.
    /// </summary>
    public ulong SiteFingerprint(SiteView site)
    {
        var hash = new XxHash3();
        _views.Append(hash, site);
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>The fingerprint of a page from what it depends on, given the site's part.</summary>
    public ulong Fingerprint(PageDependencies page, ulong site)
    {
        var hash = new XxHash3((long)_global);
        _views.Append(hash, site);
        _views.Append(hash, page);
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
            || !entry.IsIn(_deployed, sitePath))
        {
            return false;
        }

        Interlocked.Increment(ref _reused);
        return true;
    }
}
