namespace Gazette.Output;

/// <summary>One file of the built site.</summary>
/// <param name="SitePath">Its path under the output folder, with forward slashes, e.g. <c>zxzx/xwdt/index.html</c>.</param>
/// <param name="Content">Its bytes.</param>
public sealed record OutputFile(string SitePath, byte[] Content);
