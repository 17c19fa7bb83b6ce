using System.Collections.Immutable;

namespace Gazette.Site;

/// <summary>One 栏目 (column) of the site, with its place in the tree.</summary>
/// <param name="Names">The names from the top of the tree down to this section, e.g. 资讯中心, 新闻动态.</param>
/// <param name="Slugs">The address segments matching <paramref name="Names"/>, e.g. zxzx, xwdt.</param>
/// <param name="Type">The ColumnType of the government page metadata, when the settings give one.</param>
/// <param name="Description">A sentence shown on the section's listing.</param>
/// <param name="Children">Sub-sections, in display order.</param>
/// <param name="OldPath">The section's folder on the old CMS, for redirects from old addresses; null when it is the slug path.</param>
public sealed record Section(
    ImmutableArray<string> Names,
    ImmutableArray<string> Slugs,
    string? Type,
    string? Description,
    ImmutableArray<Section> Children,
    string? OldPath = null)
{
    /// <summary>The section's own name.</summary>
    public string Name => Names[^1];

    /// <summary>The section's own slug.</summary>
    public string Slug => Slugs[^1];

    /// <summary>The section's folder under the site root, e.g. <c>zxzx/xwdt</c>.</summary>
    public string SlugPath => string.Join('/', Slugs);

    /// <summary>This section and every section below it, depth first, in display order.</summary>
    public IEnumerable<Section> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var section in child.SelfAndDescendants())
            {
                yield return section;
            }
        }
    }

    /// <summary>Whether <paramref name="other"/> is this section or lies below it.</summary>
    public bool Contains(Section other) =>
        other.Names.Length >= Names.Length && other.Names.Take(Names.Length).SequenceEqual(Names, StringComparer.Ordinal);
}
