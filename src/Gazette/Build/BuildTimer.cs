using System.Collections.Immutable;

namespace Gazette.Build;

/// <summary>How long each phase of a build took, and the producers within the render phase, which run concurrently.</summary>
internal sealed class BuildTimer(TimeProvider timeProvider)
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _laps = [];
    private readonly long _started = timeProvider.GetTimestamp();
    private long _lap = timeProvider.GetTimestamp();

    /// <summary>Ends a phase, named by what it did.</summary>
    public void Lap(string phase)
    {
        var now = timeProvider.GetTimestamp();
        lock (_laps)
        {
            _laps.Add((phase, timeProvider.GetElapsedTime(_lap, now)));
        }

        _lap = now;
    }

    /// <summary>Runs part of a phase, and records its time under <paramref name="name"/>.</summary>
    public T Time<T>(string name, Func<T> work)
    {
        var begin = timeProvider.GetTimestamp();
        var result = work();
        lock (_laps)
        {
            _laps.Add((name, timeProvider.GetElapsedTime(begin)));
        }

        return result;
    }

    /// <summary>Since the build started.</summary>
    public TimeSpan Elapsed => timeProvider.GetElapsedTime(_started);

    /// <summary>Every phase so far, in order.</summary>
    public ImmutableArray<(string Stage, TimeSpan Elapsed)> Laps
    {
        get
        {
            lock (_laps)
            {
                return [.. _laps];
            }
        }
    }
}
