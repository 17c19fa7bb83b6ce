namespace Gazette.Output;

/// <summary>What the writer did to the output folder.</summary>
/// <param name="Written">Files new or changed, and so written.</param>
/// <param name="Removed">Files the site no longer has, and so removed.</param>
internal sealed record WriteResult(int Written, int Removed);
