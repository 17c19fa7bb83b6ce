using System.Diagnostics;
using Gazette.Search;

namespace Gazette.Tests.Scratch;

public sealed class PostingsTiming(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Time()
    {
        var root = Environment.GetEnvironmentVariable("SCRATCH_SITE");
        if (root is null) return;
        var files = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories).Where(f => !f.Contains("/pages/")).Order(StringComparer.Ordinal).ToArray();
        var titles = new List<string>(); var bodies = new List<string>();
        foreach (var f in files) { var t = File.ReadAllText(f); if (!t.StartsWith("---")) continue; var end = t.IndexOf("\n---", 3); var fm = t[..end]; var ti = fm.IndexOf("title: "); titles.Add(fm[(ti + 7)..fm.IndexOf('\n', ti)]); bodies.Add(t[(end + 4)..]); }
        for (var round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            var postings = new SearchPostings();
            for (var i = 0; i < bodies.Count; i++) postings.Add(i, titles[i], bodies[i]);
            var add = sw.ElapsedMilliseconds;
            var (d, p) = postings.Take(bodies.Count);
            var take = sw.ElapsedMilliseconds;
            var ds = ShardSet.Of(d); var ps = ShardSet.Of(p);
            var enc = sw.ElapsedMilliseconds;
            output.WriteLine($"chars {bodies.Sum(b => (long)b.Length)} add {add} take {take - add} encode {enc - take} ms; documents {ds.Shards.Sum(s => (long)s.Length)} B in {ds.Shards.Count}, places {ps.Shards.Sum(s => (long)s.Length)} B in {ps.Shards.Count}");
        }
    }
}
