using System.Collections.Immutable;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Output;
using Gazette.Site;

namespace Gazette.Engine;

/// <summary>
/// The fingerprint of everything a build reads — every file under <c>input/</c> and <c>theme/</c> by content, the output
/// folder's location and the Gazette build itself — with the outcome of the last build made from it. When nothing in it
/// changed and the output still holds exactly what that build wrote, there is nothing to do.
/// Kept in <c>.gazette/build.stamp</c>, which is not committed.
/// </summary>
/// <param name="Fingerprint">The hash of all inputs.</param>
/// <param name="Articles">Articles that build published.</param>
/// <param name="Pages">HTML pages it wrote.</param>
/// <param name="Files">Files it wrote in all.</param>
/// <param name="Excluded">Files it left out.</param>
/// <param name="Warnings">What it warned about, so that a build with nothing to do warns again.</param>
public sealed record BuildStamp(ulong Fingerprint, int Articles, int Pages, int Files, ImmutableArray<ExcludedArticle> Excluded, ImmutableArray<GazetteError> Warnings)
{
    private const string Header = "gazette build stamp 2";

    private const string ExcludedTag = "excluded";

    private const string WarningTag = "warning";

    /// <summary>Where the stamp of a site is kept.</summary>
    public static string PathFor(SitePaths paths) => Path.Combine(paths.Root, ".gazette", "build.stamp");

    /// <summary>
    /// Hashes every input of a build (<c>Fingerprint</c>) and, apart, what every page shares — the theme, the settings
    /// and the Gazette build (<c>Global</c>).
    /// </summary>
    public static (ulong Fingerprint, ulong Global) Compute(SitePaths paths, InputSnapshot inputs)
    {
        var all = new XxHash3();
        var global = new XxHash3();
        all.Append(Encoding.UTF8.GetBytes(paths.Output));
        global.Append(Encoding.UTF8.GetBytes(paths.Output));
        all.Append(typeof(BuildStamp).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        global.Append(typeof(BuildStamp).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        Span<byte> buffer = stackalloc byte[8];
        foreach (var file in inputs.Files)
        {
            var relative = Encoding.UTF8.GetBytes(file.RelativePath);
            BitConverter.TryWriteBytes(buffer, file.Hash);
            all.Append(relative);
            all.Append(buffer);
            if (!file.FullPath.StartsWith(paths.Input + Path.DirectorySeparatorChar, StringComparison.Ordinal) || file.FullPath == paths.SiteFile)
            {
                global.Append(relative);
                global.Append(buffer);
            }
        }

        return (all.GetCurrentHashAsUInt64(), global.GetCurrentHashAsUInt64());
    }

    /// <summary>The stamp of the last build, or null when there is none or it cannot be read.</summary>
    public static BuildStamp? Load(SitePaths paths)
    {
        var path = PathFor(paths);
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length < 3 || lines[0] != Header
            || !ulong.TryParse(lines[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var fingerprint))
        {
            return null;
        }

        var counts = lines[2].Split(' ');
        if (counts.Length != 3 || !counts.All(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var records = lines.Skip(3).Select(l => l.Split('\t', 4)).ToList();
        var excluded = records.Where(p => p.Length == 3 && p[0] == ExcludedTag).Select(p => new ExcludedArticle(p[1], p[2]));
        var warnings = records.Where(p => p.Length == 4 && p[0] == WarningTag).Select(p => new GazetteError(
            p[1],
            int.TryParse(p[2], NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : null,
            p[3]));
        return new BuildStamp(
            fingerprint,
            int.Parse(counts[0], CultureInfo.InvariantCulture),
            int.Parse(counts[1], CultureInfo.InvariantCulture),
            int.Parse(counts[2], CultureInfo.InvariantCulture),
            [.. excluded],
            [.. warnings]);
    }

    /// <summary>Forgets the stamp, so that a failed build is never mistaken for an up-to-date one.</summary>
    public static void Delete(SitePaths paths)
    {
        var path = PathFor(paths);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');

    /// <summary>Writes the stamp.</summary>
    public async Task SaveAsync(SitePaths paths, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n')
            .Append(Fingerprint.ToString("x16", CultureInfo.InvariantCulture)).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"{Articles} {Pages} {Files}\n");
        foreach (var excluded in Excluded)
        {
            text.Append(ExcludedTag).Append('\t').Append(excluded.SourceFile).Append('\t').Append(OneLine(excluded.Reason)).Append('\n');
        }

        foreach (var warning in Warnings)
        {
            text.Append(WarningTag).Append('\t').Append(warning.File).Append('\t')
                .Append(warning.Line?.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(OneLine(warning.Message)).Append('\n');
        }

        var path = PathFor(paths);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
    }
}
