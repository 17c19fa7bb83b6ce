namespace Gazette.Theme;

/// <summary>One file of <c>theme/assets/</c>.</summary>
/// <param name="Name">Its path under <c>theme/assets/</c>, with forward slashes.</param>
/// <param name="SitePath">Where the site publishes it (<see cref="ThemeAssets.PublishedName"/>).</param>
/// <param name="Content">Its bytes.</param>
internal sealed record ThemeAsset(string Name, string SitePath, byte[] Content);
