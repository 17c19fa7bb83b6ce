using System.Threading.Channels;

namespace Gazette.Preview;

/// <summary>
/// Tells every open page that a build finished: each listener (one per page's event stream) has its own queue, so a slow
/// page never holds up the others, and only the latest build matters to it.
/// </summary>
internal sealed class ReloadSignal
{
    private readonly Lock _gate = new();
    private readonly List<Channel<int>> _listeners = [];

    /// <summary>How many pages listen now.</summary>
    public int Listeners
    {
        get
        {
            lock (_gate)
            {
                return _listeners.Count;
            }
        }
    }

    /// <summary>Starts listening; dispose the subscription to stop.</summary>
    public ReloadSubscription Listen()
    {
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            _listeners.Add(channel);
        }

        return new ReloadSubscription(this, channel);
    }

    /// <summary>Tells every listener that build <paramref name="version"/> finished.</summary>
    public void Send(int version)
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(version);
            }
        }
    }

    /// <summary>Stops a listener.</summary>
    internal void Remove(Channel<int> channel)
    {
        lock (_gate)
        {
            _listeners.Remove(channel);
        }
    }
}
