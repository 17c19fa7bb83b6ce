using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>A list made one way is byte for byte the list the format gives when made another.</summary>
public sealed class PostingBytesTests
{
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
