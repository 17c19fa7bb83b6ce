using System.Collections.Immutable;
using Gazette.Diagnostics;

namespace Gazette.Preview;

/// <summary>What the preview shows: which build it is at, and that build's errors when it failed (the last good site stays served).</summary>
/// <param name="Version">Counts the builds since the server started, failed ones included; the reload signal carries it.</param>
/// <param name="Errors">The failed build's errors, each naming its file and line; empty when the build succeeded.</param>
internal sealed record PreviewState(int Version, ImmutableArray<GazetteError> Errors)
{
    /// <summary>Whether the last build failed.</summary>
    public bool Failed => !Errors.IsEmpty;
}
