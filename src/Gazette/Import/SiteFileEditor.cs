using System.Collections.Immutable;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Yaml;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Gazette.Import;

/// <summary>
/// Adds what import learns to <c>_site.yml</c> by inserting lines, so that the webmaster's comments, order and
/// formatting stay exactly as they were. It only ever adds; it never changes a value a person wrote.
/// </summary>
internal static class SiteFileEditor
{
    /// <summary>The settings file import writes when a site has none yet.</summary>
    public static string NewFile(string title) =>
        "# Gazette site settings: every key is explained in README.md.\n" +
        $"title: {YamlScalar.Format(title)}\n" +
        "base_url: https://www.example.gov.cn   # TODO: the site's real address, used in the sitemap and feeds\n" +
        "base_path: /\n" +
        "page_size: 20\n";

    /// <summary>Adds the footer facts the file lacks; returns the new text and the keys added.</summary>
    public static (string Text, ImmutableArray<string> Added) AddMissingFooter(string text, SiteFooter found, string file)
    {
        var root = ParseRoot(text, file);
        var footerNode = ChildOf(root, "footer");
        var present = footerNode is YamlMappingNode existing
            ? existing.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).ToHashSet(StringComparer.Ordinal)
            : [];
        var missing = found.Entries().Where(e => e.Value is not null && !present.Contains(e.Key)).ToList();
        if (missing.Count == 0)
        {
            return (text, []);
        }

        var lines = Lines(text);
        int indent;
        int after;
        switch (footerNode)
        {
            case null:
                lines.Add("footer:");
                indent = 2;
                after = lines.Count;
                break;
            case YamlMappingNode mapping when mapping.Style != MappingStyle.Flow && mapping.Children.Count > 0:
                indent = (int)mapping.Start.Column - 1;
                after = LastLine(mapping);
                break;
            case YamlScalarNode { Value: null or "" }:
                indent = 2;
                after = KeyLine(root, "footer");
                break;
            default:
                throw new GazetteException(new GazetteError(file, LineOf(footerNode), "import cannot add footer facts here: write 'footer:' as one key per line"));
        }

        var pad = new string(' ', indent);
        lines.InsertRange(after, missing.Select(e => $"{pad}{e.Key}: {YamlScalar.Format(e.Value!)}   # {SiteFooter.LabelOf(e.Key)}"));
        return (Join(lines), [.. missing.Select(e => e.Key)]);
    }

    /// <summary>
    /// Adds the section path <paramref name="names"/> to the tree, creating each missing level with a provisional slug;
    /// returns the new text and the sections created (names from the top, and slugs).
    /// </summary>
    public static (string Text, ImmutableArray<(string Path, string Slug)> Added) AddSection(string text, IReadOnlyList<string> names, string file)
    {
        var root = ParseRoot(text, file);
        var lines = Lines(text);
        YamlMappingNode? parent = null;
        var siblings = ChildOf(root, "sections");
        var depth = 0;
        while (depth < names.Count)
        {
            var match = (siblings as YamlSequenceNode)?.Children.OfType<YamlMappingNode>()
                .FirstOrDefault(item => string.Equals((ChildOf(item, "name") as YamlScalarNode)?.Value?.Trim(), names[depth], StringComparison.Ordinal));
            if (match is null)
            {
                break;
            }

            parent = match;
            siblings = ChildOf(match, "sections");
            depth++;
        }

        if (depth == names.Count)
        {
            return (text, []);
        }

        var takenSlugs = (siblings as YamlSequenceNode)?.Children.OfType<YamlMappingNode>()
            .Select(item => (ChildOf(item, "slug") as YamlScalarNode)?.Value ?? string.Empty).ToList() ?? [];
        var added = new List<(string Path, string Slug)>();
        var newNames = names.Skip(depth).ToList();
        var slugs = new List<string>();
        foreach (var name in newNames)
        {
            slugs.Add(SlugSuggester.Suggest(name, slugs.Count == 0 ? takenSlugs : []));
            added.Add((string.Join(" > ", names.Take(depth + slugs.Count)), slugs[^1]));
        }

        var container = parent ?? root;
        switch (siblings)
        {
            case YamlSequenceNode sequence when sequence.Style != SequenceStyle.Flow && sequence.Children.Count > 0:
                var dash = Indentation(lines[(int)sequence.Children[0].Start.Line - 1]);
                lines.InsertRange(LastLine(sequence), SectionItems(newNames, slugs, dash));
                break;
            case null:
                var keyIndent = parent is null ? 0 : (int)parent.Start.Column - 1;
                var at = parent is null ? lines.Count : LastLine(parent);
                lines.InsertRange(at, [new string(' ', keyIndent) + "sections:", .. SectionItems(newNames, slugs, keyIndent + 2)]);
                break;
            case YamlScalarNode { Value: null or "" }:
                var emptyIndent = parent is null ? 0 : (int)parent.Start.Column - 1;
                lines.InsertRange(KeyLine(container, "sections"), SectionItems(newNames, slugs, emptyIndent + 2));
                break;
            default:
                throw new GazetteException(new GazetteError(file, LineOf(siblings), $"import cannot add section {string.Join(" > ", names)} here: write 'sections:' as a list with one item per line, or add it by hand"));
        }

        return (Join(lines), [.. added]);
    }

    private static IEnumerable<string> SectionItems(IReadOnlyList<string> names, IReadOnlyList<string> slugs, int dash)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var indent = dash + (4 * i);
            var pad = new string(' ', indent);
            if (i > 0)
            {
                yield return new string(' ', indent - 2) + "sections:";
            }

            yield return $"{pad}- name: {YamlScalar.Format(names[i])}";
            yield return $"{pad}  slug: {slugs[i]}   # provisional: rename freely before publishing";
        }
    }

    private static YamlMappingNode ParseRoot(string text, string file)
    {
        var errors = new List<GazetteError>();
        return new YamlReader(file, 0, errors).ParseMapping(text) ?? throw new GazetteException(errors);
    }

    private static YamlNode? ChildOf(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: { } k } && k == key).Value;

    private static int KeyLine(YamlMappingNode mapping, string key) =>
        (int)mapping.Children.First(p => p.Key is YamlScalarNode { Value: { } k } && k == key).Key.Start.Line;

    private static int LineOf(YamlNode node) => (int)node.Start.Line;

    /// <summary>The last line (1-based) holding any of the node's text, so new lines can go right after it.</summary>
    private static int LastLine(YamlNode node) => node.AllNodes
        .Select(n => n is YamlScalarNode ? (int)(n.End.Column == 1 ? n.End.Line - 1 : n.End.Line) : (int)n.Start.Line)
        .Max();

    private static int Indentation(string line) => line.Length - line.TrimStart(' ').Length;

    private static List<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static string Join(List<string> lines) => string.Join('\n', lines) + "\n";
}
