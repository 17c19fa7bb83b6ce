using System.Collections.Immutable;

namespace Gazette.Theme.Views;

/// <summary>What the 网站地图 layout sees as <c>sitemap</c>.</summary>
/// <param name="Sections">Every section that has articles, depth first, in display order.</param>
/// <param name="Archive">The archive's years, newest first.</param>
/// <param name="Tags">The tags, most used first.</param>
/// <param name="TotalArticles">How many articles the site publishes.</param>
/// <param name="Pages">The pages (单页), by weight.</param>
internal sealed record SiteMapView(
    ImmutableArray<SiteMapEntryView> Sections,
    ImmutableArray<CountLinkView> Archive,
    ImmutableArray<CountLinkView> Tags,
    int TotalArticles,
    ImmutableArray<LinkView> Pages);
