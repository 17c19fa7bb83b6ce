using System.Collections.Immutable;
using Gazette.Import.Parsing;
using Gazette.Site;

namespace Gazette.Import;

/// <summary>What one page tells <c>_site.yml</c>: the section its breadcrumb names and the footer facts it states.</summary>
/// <param name="Section">The breadcrumb's section names, top first; empty when the page has none.</param>
/// <param name="Footer">The footer facts found on the page.</param>
internal sealed record SeedFacts(ImmutableArray<string> Section, SiteFooter Footer)
{
    /// <summary>The facts of a parsed page.</summary>
    public static SeedFacts Of(SeedPage page) => new(page.Section, page.Footer);
}
