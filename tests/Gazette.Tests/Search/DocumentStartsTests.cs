using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>A position in texts laid end to end is found in its document, at its place, however far the last position asked was.</summary>
public sealed class DocumentStartsTests
{
    [Fact]
    public void Every_position_is_found_in_its_document_at_its_place_from_wherever_the_search_starts()
    {
        var random = new Random(11);
        var starts = new DocumentStarts();
        var expected = new List<(int Document, int Place)>();
        // Documents numbered with gaps, as after a body edit, of lengths from one character to thousands.
        for (int i = 0, document = 0; i < 2000; i++, document += random.Next(1, 4))
        {
            var length = random.Next(3) == 0 ? random.Next(1000, 5000) : random.Next(1, 40);
            Assert.Equal((uint)expected.Count, starts.Add(document, length));
            expected.AddRange(Enumerable.Range(0, length).Select(place => (document, place)));
        }

        Assert.Equal((uint)expected.Count, starts.End);
        // Runs of increasing positions, some dense, some sparse, as a pair's occurrences come.
        for (var run = 0; run < 200; run++)
        {
            var index = 0;
            var stride = 1 << random.Next(16);
            for (var position = random.Next(stride); position < expected.Count; position += random.Next(1, stride + 1))
            {
                Assert.Equal(expected[position], starts.Locate((uint)position, ref index));
            }
        }
    }
}
