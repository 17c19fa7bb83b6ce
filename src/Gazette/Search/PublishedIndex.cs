using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gazette.FileSystem;

namespace Gazette.Search;

/// <summary>
/// Reads back the shards of the index a search page in the output links, for a body edit to patch
/// (<see cref="ShardPatcher"/>) instead of reading every body again.
/// </summary>
internal static class PublishedIndex
{
    /// <summary>
    /// The shards of the index <paramref name="searchPage"/> (a file of the output folder <paramref name="output"/>)
    /// links under <paramref name="basePath"/>, when it is an index of this format and of
    /// <paramref name="documents"/> documents, and every file is there and named by its content; null otherwise.
    /// </summary>
    public static (ShardSet Documents, ShardSet Places)? Read(string output, string searchPage, string basePath, int documents)
    {
        try
        {
            var page = File.ReadAllText(Path.Combine(output, searchPage));
            var match = Regex.Match(page, "data-index=\"" + Regex.Escape(basePath) + "(" + Regex.Escape(SearchIndex.Folder) + "[0-9a-f]+\\.json)\"");
            if (!match.Success)
            {
                return null;
            }

            using var manifest = JsonDocument.Parse(Verified(output, match.Groups[1].Value));
            var root = manifest.RootElement;
            if (root.GetProperty("version").GetInt32() != SearchIndex.Version || root.GetProperty("documents").GetInt32() != documents)
            {
                return null;
            }

            return (Shards(output, root, "documentBits", "documentShards"), Shards(output, root, "placeBits", "placeShards"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static ShardSet Shards(string output, JsonElement manifest, string bitsProperty, string directoriesProperty)
    {
        var bits = manifest.GetProperty(bitsProperty).GetInt32();
        var directories = manifest.GetProperty(directoriesProperty).GetString()!;
        var names = new List<string>();
        for (var i = 0; i + ContentHash.Digits <= directories.Length; i += ContentHash.Digits)
        {
            var directory = Encoding.ASCII.GetString(Verified(output, $"{SearchIndex.Folder}{directories.Substring(i, ContentHash.Digits)}.txt"));
            names.AddRange(directory.Chunk(ContentHash.Digits).Select(c => new string(c)));
        }

        return names.Count == 1 << bits
            ? new ShardSet(bits, [.. names.Select(n => Verified(output, $"{SearchIndex.Folder}{n}.bin"))])
            : throw new InvalidDataException($"{directoriesProperty} names {names.Count} shards, not {1 << bits}");
    }

    // A file of the index, when its name still starts with the hash of its content.
    private static byte[] Verified(string output, string sitePath)
    {
        var bytes = File.ReadAllBytes(Path.Combine(output, sitePath));
        return Path.GetFileName(sitePath).StartsWith(ContentHash.Of(bytes), StringComparison.Ordinal) ? bytes : throw new InvalidDataException(sitePath);
    }
}
