namespace Gazette.Tests.Support;

/// <summary>The system clock moved by an offset: a clock well ahead makes files just written look old enough to trust by their times.</summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
