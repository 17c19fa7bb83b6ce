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

    [Fact]
    public void Regions_given_back_are_reused_for_the_same_size_and_never_overlap_those_in_use()
    {
        var arena = new PostingArena();
        var random = new Random(5);
        var live = new List<(int Block, int Offset, byte[] Content)>();
        var reused = 0;
        var freed = new HashSet<(int, int)>();
        for (var i = 0; i < 20_000; i++)
        {
            if (live.Count > 0 && random.Next(3) == 0)
            {
                var gone = live[random.Next(live.Count)];
                live.Remove(gone);
                arena.Free(gone.Block, gone.Offset, gone.Content.Length);
                freed.Add((gone.Block, gone.Offset));
                continue;
            }

            // The sizes a growing list takes, up to and past the largest carved from a shared block.
            var size = 8 << random.Next(15);
            var (block, offset) = arena.Allocate(size);
            reused += freed.Remove((block, offset)) ? 1 : 0;
            var content = new byte[size];
            random.NextBytes(content);
            content.CopyTo(arena.Block(block).AsSpan(offset));
            live.Add((block, offset, content));
        }

        Assert.True(reused > 1000, $"{reused} regions reused");
        Assert.All(live, r => Assert.Equal(r.Content, arena.Block(r.Block).AsSpan(r.Offset, r.Content.Length).ToArray()));
    }
}
