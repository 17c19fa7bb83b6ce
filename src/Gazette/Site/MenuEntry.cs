using System.Collections.Immutable;

namespace Gazette.Site;

/// <summary>
/// One item of the header menu as <c>_site.yml</c>'s <c>menu:</c> lists it: a 栏目 (with its sub-columns below it),
/// a 单页 named by its slug, or a link elsewhere.
/// </summary>
/// <param name="Line">The item's line in <c>_site.yml</c>, for errors found once the pages are read.</param>
/// <param name="Section">The 栏目, for a <c>section:</c> item.</param>
/// <param name="PageSlug">The page's slug, for a <c>page:</c> item.</param>
/// <param name="Name">The name shown; for a section or page, null means its own name.</param>
/// <param name="Url">The address, for a link elsewhere (<c>name:</c> and <c>url:</c>).</param>
internal sealed record MenuEntry(int Line, Section? Section = null, string? PageSlug = null, string? Name = null, string? Url = null);
