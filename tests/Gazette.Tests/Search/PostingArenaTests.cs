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
    public void The_document_gaps_of_a_sparse_place_list_are_its_document_list()
    {
        var random = new Random(5);
        for (var trial = 0; trial < 200; trial++)
        {
            var total = 100_000;
            var documents = Enumerable.Range(0, random.Next(1, 300)).Select(_ => random.Next(total)).Distinct().Order().ToList();
            var bytes = new byte[documents.Count * 40];
            var length = 0;
            var last = -1;
            foreach (var document in documents)
            {
                VarInt.Write(ref bytes, ref length, (uint)(document - last));
                last = document;
                var places = random.Next(1, 6);
                for (var p = 0; p < places; p++)
                {
                    VarInt.Write(ref bytes, ref length, (uint)((random.Next(1, 50_000) << 1) | (p + 1 < places ? 1 : 0)));
                }
            }

            var list = new PostingBytes(documents.Count, false, bytes.AsMemory(0, length));
            var gaps = new byte[length];
            var written = PostingBytes.CopyDocumentGaps(list.Bytes.Span, documents.Count, gaps);

            var expected = PostingBytes.DocumentsOfPlaces(list, total);
            Assert.False(expected.Bitmap);
            Assert.Equal(expected.Bytes.ToArray(), gaps[..written]);
        }
    }
}
