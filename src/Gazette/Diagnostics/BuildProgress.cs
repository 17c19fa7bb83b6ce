namespace Gazette.Diagnostics;

/// <summary>How far a build has come.</summary>
/// <param name="Stage">What it is doing: loading, indexing, rendering, checking links, writing.</param>
/// <param name="PagesRendered">Pages rendered so far.</param>
public sealed record BuildProgress(string Stage, int PagesRendered);
