using System.Collections.Immutable;

namespace Gazette.Site;

/// <summary>The 栏目 tree of the site, in display order, searchable by name path.</summary>
internal sealed class SectionTree
{
    private readonly Dictionary<string, Section> _byNamePath;

    /// <summary>Creates the tree from its top-level sections.</summary>
    public SectionTree(ImmutableArray<Section> roots)
    {
        Roots = roots;
        _byNamePath = roots.SelectMany(r => r.SelfAndDescendants())
            .ToDictionary(s => Key(s.Names), StringComparer.Ordinal);
    }

    /// <summary>The top-level sections.</summary>
    public ImmutableArray<Section> Roots { get; }

    /// <summary>Every section, depth first, in display order.</summary>
    public IEnumerable<Section> All => Roots.SelectMany(r => r.SelfAndDescendants());

    /// <summary>Finds a section by its names from the top, e.g. [资讯中心, 新闻动态].</summary>
    public Section? Find(IReadOnlyList<string> names) =>
        names.Count > 0 && _byNamePath.TryGetValue(Key(names), out var section) ? section : null;

    private static string Key(IEnumerable<string> names) => string.Join('\u001f', names);
}
