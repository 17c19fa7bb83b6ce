using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>The arena the postings lists grow in hands out regions that never overlap, whatever their sizes.</summary>
public sealed class PostingArenaTests
{
    [Fact]
    public void Regions_never_overlap_and_keep_what_was_written_in_them()
    {
        var arena = new PostingArena();
        var random = new Random(3);
        var regions = new List<(int Block, int Offset, byte[] Content)>();
        for (var i = 0; i < 3000; i++)
        {
            // Mostly small regions, some larger than a shared block carves, some trimmed after use.
            var size = random.Next(20) == 0 ? random.Next(60_000, 200_000) : random.Next(1, 600);
            var (block, offset) = arena.Allocate(size);
            var used = random.Next(3) == 0 ? random.Next(1, size + 1) : size;
            var content = new byte[used];
            random.NextBytes(content);
            content.CopyTo(arena.Block(block).AsSpan(offset));
            arena.TrimLast(used);
            regions.Add((block, offset, content));
        }

        Assert.All(regions, r => Assert.Equal(r.Content, arena.Block(r.Block).AsSpan(r.Offset, r.Content.Length).ToArray()));
    }
}
