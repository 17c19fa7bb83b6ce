using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>
/// Everything a page's bytes depend on besides the site-wide views and the theme: what decides whether a rebuild may
/// keep the deployed page (<see cref="PageReuse"/>). The views must hold everything the layout can print; what the
/// page shows that the views do not hold before rendering — an article's body, made from its Markdown only when the
/// page is rendered — is named here by the hash of its source.
/// </summary>
/// <param name="Page">The page's own view.</param>
/// <param name="Content">The article, listing or 网站地图 view, as the layout sees it before rendering.</param>
/// <param name="Markdown">The content hash of the Markdown file whose body the page renders; 0 when none.</param>
/// <param name="Files">A hash of the files published from <c>input/</c> the body may show (an image's size is read from it); 0 when none.</param>
internal sealed record PageDependencies(PageView Page, object? Content, ulong Markdown = 0, ulong Files = 0);
