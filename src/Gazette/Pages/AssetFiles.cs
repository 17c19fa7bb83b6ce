using Gazette.Theme;

namespace Gazette.Pages;

/// <summary>The theme's assets: <c>theme/assets/</c> published under the site's <c>assets/</c> folder (<see cref="ThemeAssets"/>).</summary>
internal sealed class AssetFiles : IPageProducer
{
    /// <inheritdoc />
    public string Name => "assets";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken) =>
        ProducedPages.Of([.. context.Assets.Files.Select(f => new OutputFile(f.SitePath, f.Content))]);
}
