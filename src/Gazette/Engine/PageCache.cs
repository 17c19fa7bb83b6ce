using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using Gazette.Output;
using Gazette.Site;

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
    private const string Header = "gazette page cache 1";

    // Escaping is irrelevant to a hash and costly for Chinese text, which the default encoder escapes character by character.
    private static readonly JsonSerializerOptions FingerprintJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ulong _global;
    private readonly FrozenDictionary<string, ulong> _previous;
    private readonly OutputManifest? _manifest;
    private readonly string _output;
    private readonly ConcurrentDictionary<string, ulong> _current = new(StringComparer.Ordinal);
    private int _reused;

    private PageCache(ulong global, FrozenDictionary<string, ulong> previous, OutputManifest? manifest, string output)
    {
        _global = global;
        _previous = previous;
        _manifest = manifest;
        _output = output;
    }

    /// <summary>Whether pages may be reused in this build; a caller turns it off to render everything.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How many pages this build reused.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Where the cache of a site is kept.</summary>
    public static string PathFor(SitePaths paths) => Path.Combine(paths.Root, ".gazette", "pages.cache");

    /// <summary>
    /// Opens the cache for a build: <paramref name="global"/> fingerprints what every page shares (theme, settings,
    /// Gazette build); <paramref name="manifest"/> says what the output holds.
    /// </summary>
    public static PageCache Open(SitePaths paths, ulong global, OutputManifest? manifest, bool enabled)
    {
        var previous = new Dictionary<string, ulong>(StringComparer.Ordinal);
        var path = PathFor(paths);
        if (enabled && manifest is not null && File.Exists(path))
        {
            var lines = File.ReadAllLines(path, Encoding.UTF8);
            if (lines.Length >= 2 && lines[0] == Header
                && ulong.TryParse(lines[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var recordedGlobal) && recordedGlobal == global)
            {
                foreach (var line in lines.Skip(2))
                {
                    var tab = line.IndexOf('\t', StringComparison.Ordinal);
                    if (tab > 0 && ulong.TryParse(line.AsSpan(tab + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var fingerprint))
                    {
                        previous[line[..tab]] = fingerprint;
                    }
                }
            }
        }

        return new PageCache(global, previous.ToFrozenDictionary(StringComparer.Ordinal), manifest, paths.Output) { Enabled = enabled };
    }

    /// <summary>The fingerprint of a page from its layout and view model (which must serialise everything the layout can print).</summary>
    public ulong Fingerprint(string kind, object model)
    {
        var hash = new XxHash3((long)_global);
        hash.Append(Encoding.UTF8.GetBytes(kind));
        hash.Append(JsonSerializer.SerializeToUtf8Bytes(model, model.GetType(), FingerprintJson));
        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>Records a page's fingerprint; returns whether its deployed file can be kept instead of rendering it.</summary>
    public bool TryReuse(string sitePath, ulong fingerprint)
    {
        _current[sitePath] = fingerprint;
        if (!Enabled || !_previous.TryGetValue(sitePath, out var previous) || previous != fingerprint
            || _manifest is null || !_manifest.Entries.TryGetValue(sitePath, out var entry))
        {
            return false;
        }

        var info = new FileInfo(Path.Combine(_output, sitePath));
        if (!info.Exists || info.Length != entry.Size || info.LastWriteTimeUtc.Ticks != entry.WriteTimeTicks)
        {
            return false;
        }

        Interlocked.Increment(ref _reused);
        return true;
    }

    /// <summary>Writes the fingerprints recorded in this build.</summary>
    public async Task SaveAsync(SitePaths paths, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n').Append(_global.ToString("x16", CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (sitePath, fingerprint) in _current.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(sitePath).Append('\t').Append(fingerprint.ToString("x16", CultureInfo.InvariantCulture)).Append('\n');
        }

        var path = PathFor(paths);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
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
