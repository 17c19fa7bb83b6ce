using Gazette.Build;

namespace Gazette.Tests.Architecture;

/// <summary>
/// Keeps the library's dependencies running one way, from the foundation up to the builder, so that each floor can be
/// read, tested and replaced without the ones above it.
/// </summary>
public sealed class LayerTests
{
    /// <summary>The layers, lowest first; a namespace belongs to the layer of its longest listed prefix.</summary>
    private static readonly string[][] Layers =
    [
        ["Gazette.Diagnostics", "Gazette.Collections", "Gazette.Text", "Gazette.Concurrency", "Gazette.FileSystem", "Gazette.Yaml", "Gazette.Images", "Gazette.Memory"],
        ["Gazette.Site"],
        ["Gazette.Incremental"],
        ["Gazette.Content", "Gazette.Related", "Gazette.Search", "Gazette.Import"],
        ["Gazette.Theme"],
        ["Gazette.Pages"],
        ["Gazette.Publishing"],
        ["Gazette.Output"],
        ["Gazette.Build"],
        ["Gazette.Preview"],
    ];

    private static readonly NamespaceGraph Graph = NamespaceGraph.Read(typeof(SiteBuilder).Assembly.Location, "Gazette");

    [Fact]
    public void Every_namespace_of_the_library_belongs_to_a_layer()
    {
        var unplaced = Graph.Namespaces.Where(n => LayerOf(n) is null).ToList();

        Assert.True(unplaced.Count == 0, "namespaces in no layer (add them to LayerTests.Layers): " + string.Join(", ", unplaced));
    }

    [Fact]
    public void No_namespace_uses_one_in_a_higher_layer()
    {
        var upward = Graph.Edges.Where(e => LayerOf(e.Key.From) < LayerOf(e.Key.To)).Select(e => $"{e.Key.From} → {e.Key.To}: {e.Value}").Order(StringComparer.Ordinal).ToList();

        Assert.True(upward.Count == 0, "uses that run upward:\n" + string.Join('\n', upward));
    }

    [Fact]
    public void No_namespaces_use_each_other_in_a_cycle()
    {
        var cycles = Graph.Cycles().Select(c => string.Join(" ⇄ ", c) + ":\n  " + string.Join("\n  ", Graph.Edges.Where(e => c.Contains(e.Key.From) && c.Contains(e.Key.To)).Select(e => e.Value))).ToList();

        Assert.True(cycles.Count == 0, "namespace cycles:\n" + string.Join('\n', cycles));
    }

    [Fact]
    public void Import_uses_only_the_layers_below_content()
    {
        var import = Graph.Edges.Where(e => e.Key.From.StartsWith("Gazette.Import", StringComparison.Ordinal) && LayerOf(e.Key.To) >= LayerOf("Gazette.Import") && !e.Key.To.StartsWith("Gazette.Import", StringComparison.Ordinal))
            .Select(e => e.Value).ToList();

        Assert.True(import.Count == 0, "import uses its neighbours:\n" + string.Join('\n', import));
    }

    [Fact]
    public void The_graph_sees_the_uses_the_builder_is_known_to_make()
    {
        // Guards the reader itself: a graph that saw nothing would pass every rule above.
        Assert.Contains(("Gazette.Build", "Gazette.Pages"), Graph.Edges.Keys);
        Assert.Contains(("Gazette.Pages", "Gazette.Theme.Views"), Graph.Edges.Keys);
        Assert.Contains(("Gazette.Import", "Gazette.Import.Parsing"), Graph.Edges.Keys);
    }

    private static int? LayerOf(string ns)
    {
        var best = Layers.SelectMany((names, layer) => names.Select(name => (name, layer)))
            .Where(p => ns == p.name || ns.StartsWith(p.name + ".", StringComparison.Ordinal))
            .OrderByDescending(p => p.name.Length)
            .Select(p => (int?)p.layer)
            .FirstOrDefault();
        return best;
    }
}
