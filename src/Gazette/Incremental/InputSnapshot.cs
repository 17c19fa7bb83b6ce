using System.Collections.Immutable;
using System.IO.Enumeration;
using System.IO.Hashing;
using Gazette.Diagnostics;
using Gazette.FileSystem;
using Gazette.Site;

namespace Gazette.Incremental;

/// <summary>
/// Every file under <c>input/</c> and <c>theme/</c> with the hash of its content. A file whose size and modification
/// time are those recorded by the last scan keeps its recorded hash without being read, as make, git and Hugo trust
/// them; so a rebuild after one edit reads one file rather than the whole archive. A file modified in the last
/// seconds before that scan is read again, since a second edit within the file system's time granularity would not
/// move its time. Kept in <c>.gazette/inputs.cache</c>, which is not committed; <c>gazette build --clean</c> forgets it.
/// </summary>
internal sealed class InputSnapshot
{
    private const string Header = "gazette inputs 2";

    private readonly long _scannedAtTicks;

    private InputSnapshot(ImmutableArray<InputFile> files, int read, long scannedAtTicks)
    {
        Files = files;
        FilesRead = read;
        _scannedAtTicks = scannedAtTicks;
    }

    /// <summary>The files, ordered by relative path (ordinal).</summary>
    public ImmutableArray<InputFile> Files { get; }

    /// <summary>How many files this scan had to read (the others kept their recorded hash), those it left to be hashed by the loader included.</summary>
    public int FilesRead { get; }

    /// <summary>Whether some files' hashes are still to be found (<see cref="CompleteAsync"/>).</summary>
    public bool HashesPending => Files.Any(f => f.HashPending);

    /// <summary>The Markdown files under <c>input/</c>, which the content loader reads: articles and pages.</summary>
    public IEnumerable<InputFile> MarkdownFiles(SitePaths paths)
    {
        var input = InputFolder(paths);
        return Files.Where(f => IsMarkdown(input, f.FullPath));
    }

    /// <summary>
    /// Scans the site's input and theme, reading only files that are new or changed since the last scan, and records
    /// the result for the next scan unless <paramref name="record"/> is false. With <paramref name="leaveMarkdownToLoader"/>,
    /// the Markdown files under <c>input/</c> that must be read are not: their hashes are pending, for the loader that
    /// reads them anyway, and nothing is recorded until <see cref="CompleteAsync"/>. That is for a build with no
    /// fingerprint of the last one to compare (a first build, or one after a failure), which needs no hash before loading.
    /// </summary>
    public static async Task<InputSnapshot> ScanAsync(SitePaths paths, TimeProvider timeProvider, CancellationToken cancellationToken, bool record = true, bool leaveMarkdownToLoader = false)
    {
        var recorded = Load(paths);

        // The scan's start is what it records: a file modified during the scan has a later time, so is never trusted.
        var startedAt = timeProvider.GetUtcNow().UtcTicks;
        var ordered = new List<Listed>();
        var errors = new List<GazetteError>();
        var leftovers = new List<string>();
        bool Accept(string path)
        {
            if (!AtomicFile.IsTemporary(path))
            {
                return true;
            }

            leftovers.Add(path);
            return false;
        }

        foreach (var folder in new[] { paths.Input, paths.Theme })
        {
            foreach (var file in SiteFiles.List(folder, paths.Root, recurse: true, Accept, errors))
            {
                ordered.Add(new Listed(file.FullPath, paths.Relative(file.FullPath), file.Size, file.WriteTimeTicks));
            }
        }

        if (errors.Count > 0)
        {
            throw new GazetteException(errors);
        }

        // The temporary files of writes a killed import never finished.
        leftovers.ForEach(File.Delete);
        // References sorted by a comparison: Linq's sort over tuples was compiled afresh at every start.
        ordered.Sort(static (a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        var files = new InputFile[ordered.Count];
        var read = 0;
        var input = InputFolder(paths);
        var trustedBefore = recorded.ScannedAtTicks - RememberedFile.RacyTicks;
        Parallel.For(0, ordered.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (fullPath, relative, size, ticks) = ordered[i];
            if (recorded.Entries.TryGetValue(relative, out var known) && known.Size == size && known.WriteTimeTicks == ticks && ticks < trustedBefore)
            {
                files[i] = new InputFile(fullPath, relative, size, ticks, known.Hash);
                return;
            }

            Interlocked.Increment(ref read);
            files[i] = leaveMarkdownToLoader && IsMarkdown(input, fullPath)
                ? new InputFile(fullPath, relative, size, ticks, 0) { HashPending = true }
                : new InputFile(fullPath, relative, size, ticks, PooledFileReader.Read(fullPath, bytes => XxHash3.HashToUInt64(bytes)));
        });

        var snapshot = new InputSnapshot([.. files], read, startedAt);

        // When every file kept its recorded hash and none came or went, the record is still true as it stands.
        if (record && !snapshot.HashesPending && (read > 0 || files.Length != recorded.Entries.Count))
        {
            await snapshot.SaveAsync(paths, startedAt, cancellationToken);
        }

        return snapshot;
    }

    /// <summary>
    /// The snapshot with every pending hash found: from <paramref name="hashed"/> (relative path to the hash of the
    /// bytes the loader read and loaded), else by reading the file now; recorded for the next scan as
    /// <see cref="ScanAsync"/> would have, unless <paramref name="record"/> is false.
    /// </summary>
    public async Task<InputSnapshot> CompleteAsync(SitePaths paths, IReadOnlyDictionary<string, ulong> hashed, CancellationToken cancellationToken, bool record = true)
    {
        if (!HashesPending)
        {
            return this;
        }

        var files = new InputFile[Files.Length];
        Parallel.For(0, files.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var file = Files[i];
            files[i] = !file.HashPending ? file
                : file with { Hash = hashed.TryGetValue(file.RelativePath, out var hash) ? hash : PooledFileReader.Read(file.FullPath, bytes => XxHash3.HashToUInt64(bytes)), HashPending = false };
        });

        var completed = new InputSnapshot([.. files], FilesRead, _scannedAtTicks);
        if (record)
        {
            await completed.SaveAsync(paths, _scannedAtTicks, cancellationToken);
        }

        return completed;
    }

    private static string InputFolder(SitePaths paths) => paths.Input + Path.DirectorySeparatorChar;

    private static bool IsMarkdown(string inputFolder, string fullPath) =>
        fullPath.EndsWith(".md", StringComparison.Ordinal) && fullPath.StartsWith(inputFolder, StringComparison.Ordinal);

    private static (long ScannedAtTicks, Dictionary<string, InputFile> Entries) Load(SitePaths paths)
    {
        var entries = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        if (CacheFileReader.Open(CacheFolder.Of(paths).Inputs, Header) is not { } reader)
        {
            return (0, entries);
        }

        try
        {
            var scannedAt = reader.ReadInt64();
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var relative = reader.ReadString();
                entries[relative] = new InputFile(string.Empty, relative, reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64());
            }

            return (scannedAt, entries);
        }
        catch (InvalidDataException)
        {
            return (0, []);
        }
    }

    private async Task SaveAsync(SitePaths paths, long scannedAtTicks, CancellationToken cancellationToken)
    {
        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(scannedAtTicks);
        writer.Write(Files.Length);
        foreach (var file in Files)
        {
            writer.Write(file.RelativePath);
            writer.Write(file.Size);
            writer.Write(file.WriteTimeTicks);
            writer.Write(file.Hash);
        }

        await writer.SaveAsync(CacheFolder.Of(paths).Inputs, cancellationToken);
    }

    private sealed record Listed(string FullPath, string Relative, long Size, long Ticks);
}
