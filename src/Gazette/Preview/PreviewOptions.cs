using System.Net;

namespace Gazette.Preview;

/// <summary>Where the preview server listens.</summary>
/// <param name="Address">The interface: the loopback one unless the webmaster asks for another.</param>
/// <param name="Port">The port; 0 takes any free one.</param>
public sealed record PreviewOptions(IPAddress Address, int Port)
{
    /// <summary>The default port.</summary>
    public const int DefaultPort = 8008;

    /// <summary>Listening on this machine only, at <see cref="DefaultPort"/>.</summary>
    public static PreviewOptions Local { get; } = new(IPAddress.Loopback, DefaultPort);
}
