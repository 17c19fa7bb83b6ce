using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Gazette.Output;

/// <summary>
/// What the last build wrote to the output folder: each file's size, modification time and content hash. A deployed
/// file that still has the recorded size and time holds the recorded bytes, so the writer can tell an unchanged page
/// without reading it; one that does not (a person touched it) is compared byte for byte.
/// Kept in <c>.gazette/</c> at the root, which is not committed.
/// </summary>
/// <param name="Output">The output folder the entries describe.</param>
/// <param name="Entries">By site path.</param>
public sealed record OutputManifest(string Output, FrozenDictionary<string, OutputManifestEntry> Entries)
{
    private const string Header = "gazette output manifest 1";

    /// <summary>Reads a manifest; an unreadable one counts as none, since it only saves work.</summary>
    public static OutputManifest? Load(string path, string output)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length < 2 || lines[0] != Header || lines[1] != output)
        {
            return null;
        }

        var entries = new Dictionary<string, OutputManifestEntry>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(2))
        {
            var parts = line.Split('\t');
            if (parts.Length == 4
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ulong.TryParse(parts[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hash))
            {
                entries[parts[0]] = new OutputManifestEntry(size, ticks, hash);
            }
        }

        return new OutputManifest(output, entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Writes the manifest.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n').Append(Output).Append('\n');
        foreach (var (sitePath, entry) in Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{sitePath}\t{entry.Size}\t{entry.WriteTimeTicks}\t{entry.Hash:x16}\n");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken);
    }
}
