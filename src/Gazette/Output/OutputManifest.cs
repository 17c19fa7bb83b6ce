
namespace Gazette.Output;

/// <summary>
/// What the last build wrote to the output folder: each file's size, modification time and content hash. A deployed
/// file that still has the recorded size and time holds the recorded bytes, so the writer can tell an unchanged page
/// without reading it; one that does not (a person touched it) is compared byte for byte.
/// Kept in <c>.gazette/</c> at the root, which is not committed.
/// </summary>
/// <param name="Output">The output folder the entries describe.</param>
/// <param name="Entries">By site path.</param>
public sealed record OutputManifest(string Output, IReadOnlyDictionary<string, OutputManifestEntry> Entries)
{
    private const string Header = "gazette output manifest 2";

    /// <summary>Reads a manifest; an unreadable one counts as none, since it only saves work.</summary>
    public static OutputManifest? Load(string path, string output)
    {
        if (Engine.CacheFileReader.Open(path, Header) is not { } reader)
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

    /// <summary>Writes the manifest.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        using var writer = new Engine.CacheFileWriter();
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
