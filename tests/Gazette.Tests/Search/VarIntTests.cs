using Gazette.Search;

namespace Gazette.Tests.Search;

public sealed class VarIntTests
{
    [Theory]
    [InlineData(0u)]
    [InlineData(127u)]
    [InlineData(128u)]
    [InlineData(16_383u)]
    [InlineData(16_384u)]
    [InlineData(2_097_151u)]
    [InlineData(2_097_152u)]
    [InlineData(268_435_455u)]
    [InlineData(268_435_456u)]
    [InlineData(uint.MaxValue)]
    public void A_value_written_into_room_measured_for_it_fills_that_room_with_the_growing_writer_s_bytes_and_reads_back(uint value)
    {
        var grown = Array.Empty<byte>();
        var grownLength = 0;
        VarInt.Write(ref grown, ref grownLength, value);

        var room = new byte[VarInt.Length(value)];
        var offset = 0;
        VarInt.Write(room, ref offset, value);

        Assert.Equal(room.Length, offset);
        Assert.Equal(grown.AsSpan(0, grownLength).ToArray(), room);
        var read = 0;
        Assert.Equal(value, VarInt.Read(room, ref read));
    }
}
