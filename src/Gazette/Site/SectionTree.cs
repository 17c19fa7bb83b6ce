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

    /// <summary>
    /// The section a folder path names, each segment a slug or a name (<c>zxzx/tzgg</c> or <c>资讯中心/通知公告</c>):
    /// the deepest section its leading segments reach, so that folders below a section's (a year, say) still place
    /// there; null when the first segment names no top-level section.
    /// </summary>
    public Section? FindByFolder(IReadOnlyList<string> segments)
    {
        Section? found = null;
        var candidates = Roots;
        foreach (var segment in segments)
        {
            var next = candidates.FirstOrDefault(s => s.Slug == segment || s.Name == segment);
            if (next is null)
            {
                break;
            }

            found = next;
            candidates = next.Children;
        }

        return found;
    }

    private static string Key(IEnumerable<string> names) => string.Join('\u001f', names);
}
