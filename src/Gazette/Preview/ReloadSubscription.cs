using System.Threading.Channels;

namespace Gazette.Preview;

/// <summary>One open page's queue of finished builds (<see cref="ReloadSignal"/>); disposing it stops listening.</summary>
internal sealed class ReloadSubscription(ReloadSignal signal, Channel<int> channel) : IDisposable
{
    /// <summary>The builds finished since the page started listening; only the latest is kept.</summary>
    public ChannelReader<int> Builds => channel.Reader;

    /// <inheritdoc />
    public void Dispose() => signal.Remove(channel);
}
