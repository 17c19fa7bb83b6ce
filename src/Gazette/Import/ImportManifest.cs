using System.Collections.Immutable;
using System.Text;
using Gazette.Diagnostics;
using Gazette.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gazette.Import;

/// <summary>
/// <c>input/_imported.yml</c>: for each seed, the Markdown file import made of it and a hash of those bytes. A file whose
/// bytes no longer match was changed by a person, and import leaves it alone; a file that was deleted stays deleted.
/// It is committed with <c>input/</c>, so every clone knows the same.
/// </summary>
/// <param name="Entries">Records by seed path, in ordinal order.</param>
internal sealed record ImportManifest(ImmutableSortedDictionary<string, ImportRecord> Entries)
{
    /// <summary>A manifest with no entries.</summary>
    public static ImportManifest Empty { get; } = new(ImmutableSortedDictionary.Create<string, ImportRecord>(StringComparer.Ordinal));

    /// <summary>Reads the manifest's text.</summary>
    public static ImportManifest Parse(string text, string file)
    {
        var errors = new List<GazetteError>();
        var reader = new YamlReader(file, 0, errors);
        var root = reader.ParseMapping(text) ?? throw new GazetteException(errors);
        var entries = ImmutableSortedDictionary.CreateBuilder<string, ImportRecord>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            if (key is YamlScalarNode { Value: { } seed } && value is YamlMappingNode mapping
                && mapping.Children.TryGetValue(new YamlScalarNode("markdown"), out var markdown) && markdown is YamlScalarNode { Value: { } path }
                && mapping.Children.TryGetValue(new YamlScalarNode("sha256"), out var hash) && hash is YamlScalarNode { Value: { } sha })
            {
                entries[seed] = new ImportRecord(path, sha);
            }
            else
            {
                reader.Error(key, "each entry needs 'markdown' and 'sha256'; this file is written by import, restore it from version control");
            }
        }

        return errors.Count > 0 ? throw new GazetteException(errors) : new ImportManifest(entries.ToImmutable());
    }

    /// <summary>The manifest with one record set.</summary>
    public ImportManifest With(string seed, ImportRecord record) => new(Entries.SetItem(seed, record));

    /// <summary>The file's text.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.Append("# Written by 'gazette import': the Markdown file each seed became and a hash of what import wrote,\n");
        text.Append("# so that import can tell a person's edits from its own output and never overwrite them.\n");
        foreach (var (seed, record) in Entries)
        {
            text.Append(YamlScalar.Format(seed)).Append(":\n");
            text.Append("  markdown: ").Append(YamlScalar.Format(record.Markdown)).Append('\n');
            text.Append("  sha256: ").Append(record.Sha256).Append('\n');
        }

        return text.ToString();
    }
}
