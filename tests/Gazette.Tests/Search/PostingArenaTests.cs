using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>The arena the postings lists are written in hands out regions that never overlap, whatever their sizes.</summary>
public sealed class PostingArenaTests
{
    [Fact]
    public void Regions_never_overlap_and_keep_what_was_written_in_them()
    {
        var arena = new PostingArena();
        var random = new Random(3);
        var regions = new List<(Memory<byte> Region, byte[] Content)>();
        for (var i = 0; i < 3000; i++)
        {
            // Mostly small regions, some larger than a shared block carves.
            var size = random.Next(20) == 0 ? random.Next(60_000, 200_000) : random.Next(1, 600);
            var region = arena.Allocate(size);
            var content = new byte[size];
            random.NextBytes(content);
            content.CopyTo(region);
            regions.Add((region, content));
        }

        Assert.All(regions, r => Assert.Equal(r.Content, r.Region.ToArray()));
    }
}
