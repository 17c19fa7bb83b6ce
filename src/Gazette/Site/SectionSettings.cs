using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Gazette.Text;
using Gazette.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gazette.Site;

/// <summary>Reads the section settings of <c>_site.yml</c>: the <c>sections</c> tree and <c>default_section</c>.</summary>
internal static partial class SectionSettings
{
    private static readonly string[] SectionKeys = ["name", "slug", "type", "description", "old_path", "sections"];
    private static readonly string[] ReservedSlugs = ["archive", "tags", "assets"];

    public static ImmutableArray<Section> Read(YamlReader reader, YamlNode node, ImmutableArray<string> parentNames, ImmutableArray<string> parentSlugs)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            reader.Error(node, "'sections' must be a list of sections, each with a name and a slug");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Section>();
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        var seenSlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                reader.Error(item, "each section needs 'name' and 'slug'");
                continue;
            }

            var entries = reader.Entries(mapping, SectionKeys, "section");
            var name = reader.String(entries, "name");
            var slug = reader.String(entries, "slug");
            if (name is null || slug is null)
            {
                reader.Error(item, "each section needs 'name' and 'slug'");
                continue;
            }

            // A name is matched against front matter, so it is refused rather than silently changed.
            if (ControlCharacters.FirstForbidden(name, breaksToo: true) is var bad and >= 0)
            {
                reader.Error(entries["name"], $"section name '{name}' holds the control character {ControlCharacters.Name(name[bad])}; remove it");
                continue;
            }

            if (!SlugPattern().IsMatch(slug))
            {
                reader.Error(entries["slug"], $"section slug '{slug}' may hold only lower-case letters, digits, '-' and '_'");
                continue;
            }

            if (AddressRules.LengthProblem(slug) is { } tooLong)
            {
                reader.Error(entries["slug"], $"section slug '{slug}' {tooLong}");
                continue;
            }

            if (parentSlugs.IsEmpty && ReservedSlugs.Contains(slug))
            {
                reader.Error(entries["slug"], $"slug '{slug}' is taken by the site's own {slug}/ pages; choose another for section '{name}'");
                continue;
            }

            if (!seenNames.Add(name))
            {
                reader.Error(entries["name"], $"section '{name}' appears twice at this level");
                continue;
            }

            if (!seenSlugs.Add(slug))
            {
                reader.Error(entries["slug"], $"slug '{slug}' is used by two sections at this level");
                continue;
            }

            var names = parentNames.Add(name);
            var slugs = parentSlugs.Add(slug);
            var children = entries.TryGetValue("sections", out var childNode) ? Read(reader, childNode, names, slugs) : [];
            var oldPath = reader.String(entries, "old_path")?.Trim('/');
            if (oldPath is not null && (oldPath.Length == 0 ? "is empty" : AddressRules.FolderPathProblem(oldPath)) is { } problem)
            {
                reader.Error(entries["old_path"], $"'old_path' '{oldPath}' {problem}; it must be a folder such as szrsj/xwdt");
                oldPath = null;
            }

            var type = ControlCharacters.OneLine(reader.String(entries, "type"));
            var description = ControlCharacters.OneLine(reader.String(entries, "description"));
            result.Add(new Section(names, slugs, type, description, children, oldPath));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// <c>default_section</c>: where import puts a page that has no breadcrumb and is not in a section's folder under
    /// <c>seeds/</c>. Names or slugs from the top, as a path (<c>资讯中心/通知公告</c>, <c>zxzx/tzgg</c>) or a list.
    /// </summary>
    public static Section? ReadDefault(YamlReader reader, Dictionary<string, YamlNode> entries, SectionTree sections)
    {
        if (reader.StringList(entries, "default_section") is not { Count: > 0 } items)
        {
            return null;
        }

        var segments = items.SelectMany(i => i.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (sections.FindByFolder(segments) is { } section && section.Names.Length == segments.Count)
        {
            return section;
        }

        reader.Error(entries["default_section"], $"'default_section' names no section of 'sections': '{string.Join('/', segments)}'; give a section's names or slugs from the top, e.g. 资讯中心/通知公告 or zxzx/tzgg");
        return null;
    }

    /// <summary>An address segment: lower-case letters, digits, '-' and '_', starting with a letter or digit.</summary>
    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]*\z", RegexOptions.CultureInvariant)]
    internal static partial Regex SlugPattern();
}
