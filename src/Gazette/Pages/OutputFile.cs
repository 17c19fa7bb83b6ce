namespace Gazette.Pages;

/// <summary>One file of the built site.</summary>
/// <param name="SitePath">Its path under the output folder, with forward slashes, e.g. <c>zxzx/xwdt/index.html</c>.</param>
/// <param name="Content">Its bytes; empty for a reused file.</param>
/// <param name="Reused">
/// Whether the page was not rendered again because everything it shows is as it was in the last build, whose output
/// still holds it unchanged: the writer keeps the deployed file as it is.
/// </param>
/// <param name="Fingerprint">The fingerprint of everything the file shows, when the page cache decides whether to render it.</param>
internal sealed record OutputFile(string SitePath, byte[] Content, bool Reused = false, ulong? Fingerprint = null)
{
    /// <summary>The Markdown file the page comes from, when one does (to name in errors about where it is written).</summary>
    public string? Source { get; init; }

    /// <summary>Whether the file went to an <see cref="IOutputSink"/> already, which keeps its bytes: this record holds none.</summary>
    public bool Stored { get; init; }

    /// <summary>This file as an <see cref="IOutputSink"/> hands it back: without its bytes.</summary>
    public OutputFile AsStored() => this with { Content = [], Stored = true };

    /// <summary>A page kept from the last build's output.</summary>
    public static OutputFile Reuse(string sitePath, ulong? fingerprint = null) => new(sitePath, [], Reused: true, fingerprint);
}
