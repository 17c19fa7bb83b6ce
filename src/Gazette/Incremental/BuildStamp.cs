using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Output;
using Gazette.Site;

namespace Gazette.Incremental;

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
internal sealed record BuildStamp(ulong Fingerprint, int Articles, int Pages, int Files, ImmutableArray<ExcludedArticle> Excluded, ImmutableArray<GazetteError> Warnings)
{
    /// <summary>
    /// When the same inputs next make a different site (an article's date comes, or its <c>expires</c>): from then on the
    /// stamp no longer says the site is up to date. Null when nothing is scheduled.
    /// </summary>
    public DateTimeOffset? NextChange { get; init; }

    /// <summary>
    /// A hash of the files of <c>input/</c> that are not articles (pages, attachments, <c>input/files/</c>): when it
    /// changed, a rebuild is more than a body edit.
    /// </summary>
    public ulong OtherInputs { get; init; }

    /// <summary>The hash <see cref="OtherInputs"/> holds, over every file under <c>input/</c> but the settings and <paramref name="articleFiles"/>.</summary>
    public static ulong HashOtherInputs(SitePaths paths, InputSnapshot inputs, IEnumerable<string> articleFiles)
    {
        var articles = articleFiles.ToHashSet(StringComparer.Ordinal);
        var hash = BuildKey.NewHash();
        Span<byte> buffer = stackalloc byte[8];
        foreach (var file in inputs.Files)
        {
            if (file.FullPath.StartsWith(paths.Input + Path.DirectorySeparatorChar, StringComparison.Ordinal) && file.FullPath != paths.SiteFile && !articles.Contains(file.RelativePath))
            {
                BitConverter.TryWriteBytes(buffer, file.Hash);
                hash.Append(Encoding.UTF8.GetBytes(file.RelativePath));
                hash.Append(buffer);
            }
        }

        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>Whether the site this stamp describes is still the one its inputs make at <paramref name="now"/>.</summary>
    public bool IsCurrentAt(DateTimeOffset now) => NextChange is not { } next || now < next;

    private const string Header = "gazette build stamp 5";

    /// <summary>
    /// Hashes every input of a build (<c>Fingerprint</c>) and, apart, what every page shares — the theme, the settings
    /// and the Gazette build (<c>Global</c>). <paramref name="release"/> is in the first: the same files make another
    /// site with <c>--future</c>.
    /// </summary>
    public static (ulong Fingerprint, ulong Global) Compute(SitePaths paths, InputSnapshot inputs, ReleaseRules release)
    {
        var all = BuildKey.NewHash();
        var global = BuildKey.NewHash();
        all.Append(BitConverter.GetBytes(release.Code));
        all.Append(Encoding.UTF8.GetBytes(paths.Output));
        global.Append(Encoding.UTF8.GetBytes(paths.Output));
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

    /// <summary>The stamp of the last build, or null when there is none or it cannot be read (a damaged one counts as none).</summary>
    public static BuildStamp? Load(SitePaths paths)
    {
        if (CacheFileReader.Open(CacheFolder.Of(paths).Stamp, Header) is not { } reader)
        {
            return null;
        }

        try
        {
            var fingerprint = reader.ReadUInt64();
            var (articles, pages, files) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            var excluded = new ExcludedArticle[reader.ReadInt32()];
            for (var i = 0; i < excluded.Length; i++)
            {
                excluded[i] = new ExcludedArticle(reader.ReadString(), reader.ReadString());
            }

            var warnings = new GazetteError[reader.ReadInt32()];
            for (var i = 0; i < warnings.Length; i++)
            {
                var file = reader.ReadString();
                var line = reader.ReadInt32();
                warnings[i] = new GazetteError(file, line < 0 ? null : line, reader.ReadString());
            }

            var nextChange = reader.ReadBoolean() ? new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero) : (DateTimeOffset?)null;
            var otherInputs = reader.ReadUInt64();
            return new BuildStamp(fingerprint, articles, pages, files, [.. excluded], [.. warnings]) { NextChange = nextChange, OtherInputs = otherInputs };
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Forgets the stamp, so that a failed build is never mistaken for an up-to-date one.</summary>
    public static void Delete(SitePaths paths) => CacheFolder.Delete(CacheFolder.Of(paths).Stamp);

    /// <summary>Writes the stamp.</summary>
    public async Task SaveAsync(SitePaths paths, CancellationToken cancellationToken)
    {
        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(Fingerprint);
        writer.Write(Articles);
        writer.Write(Pages);
        writer.Write(Files);
        writer.Write(Excluded.Length);
        foreach (var excluded in Excluded)
        {
            writer.Write(excluded.SourceFile);
            writer.Write(excluded.Reason);
        }

        writer.Write(Warnings.Length);
        foreach (var warning in Warnings)
        {
            writer.Write(warning.File);
            writer.Write(warning.Line ?? -1);
            writer.Write(warning.Message);
        }

        writer.Write(NextChange is not null);
        if (NextChange is { } next)
        {
            writer.Write(next.UtcTicks);
        }

        writer.Write(OtherInputs);

        await writer.SaveAsync(CacheFolder.Of(paths).Stamp, cancellationToken);
    }
}
