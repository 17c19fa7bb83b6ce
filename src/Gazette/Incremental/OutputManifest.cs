using System.IO.Hashing;
using System.Text;
using Gazette.FileSystem;
using Gazette.Site;

namespace Gazette.Incremental;

/// <summary>
/// What the last build wrote to an output folder: each file's size, modification time and content hash. It is also
/// the record of which files are Gazette's: a build removes only files listed here, and keeps every other file it
/// finds in the folder. A deployed file that still has the recorded size and time holds the recorded bytes, so the
/// writer can tell an unchanged page without reading it; one that does not (a person touched it) is compared byte for
/// byte. Kept in <c>.gazette/outputs/</c>, one file per output folder, which is not committed.
/// </summary>
/// <param name="Output">The output folder the entries describe, with its links resolved.</param>
/// <param name="Entries">By site path.</param>
internal sealed record OutputManifest(string Output, IReadOnlyDictionary<string, OutputManifestEntry> Entries)
{
    private const string Header = "gazette output manifest 3";

    /// <summary>Where the manifest of a release about to replace the output waits until it has.</summary>
    public static string PendingPathFor(string manifestPath) => manifestPath + ".next";

    /// <summary>Reads a manifest; an unreadable one counts as none.</summary>
    public static OutputManifest? Load(string path, string output)
    {
        if (CacheFileReader.Open(path, Header) is not { } reader)
        {
            return null;
        }

        try
        {
            if (reader.ReadString() != output)
            {
                return null;
            }

            var count = reader.ReadInt32();
            var entries = new Dictionary<string, OutputManifestEntry>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                entries[reader.ReadString()] = new OutputManifestEntry(reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64());
            }

            return new OutputManifest(output, entries);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads the manifest of the output as it is deployed. A build killed after its release went live but before its
    /// manifest replaced the old one left that manifest pending: it is taken when the folder holds what it describes.
    /// </summary>
    public static async Task<OutputManifest?> LoadDeployedAsync(string path, string output, DeployedFiles deployed, CancellationToken cancellationToken)
    {
        var pendingPath = PendingPathFor(path);
        if (File.Exists(pendingPath))
        {
            if (Load(pendingPath, output) is { } pending && pending.IsDeployedIn(deployed))
            {
                // A release that only removed files is described by its manifest before it went live as well as after:
                // files of the old record still in the folder stay Gazette's, so that the next build removes them.
                var entries = new Dictionary<string, OutputManifestEntry>(pending.Entries, StringComparer.Ordinal);
                foreach (var (sitePath, entry) in Load(path, output)?.Entries ?? new Dictionary<string, OutputManifestEntry>())
                {
                    if (!entries.ContainsKey(sitePath) && entry.IsIn(deployed, sitePath))
                    {
                        entries[sitePath] = entry;
                    }
                }

                var deployedRecord = new OutputManifest(output, entries);
                await deployedRecord.SaveAsync(path, cancellationToken);
                File.Delete(pendingPath);
                return deployedRecord;
            }

            File.Delete(pendingPath);
        }

        return Load(path, output);
    }

    /// <summary>
    /// Whether every file of the manifest is in the folder as it was written. The folder may hold others: they are not
    /// Gazette's, and every build keeps them as they are.
    /// </summary>
    public bool IsDeployedIn(DeployedFiles deployed) => Entries.All(e => e.Value.IsIn(deployed, e.Key));

    /// <summary>Writes the manifest.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        using var writer = new CacheFileWriter();
        writer.Write(Header);
        writer.Write(Output);
        writer.Write(Entries.Count);
        foreach (var (sitePath, entry) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(sitePath);
            writer.Write(entry.Size);
            writer.Write(entry.WriteTimeTicks);
            writer.Write(entry.Hash);
        }

        await writer.SaveAsync(path, cancellationToken);
    }
}
