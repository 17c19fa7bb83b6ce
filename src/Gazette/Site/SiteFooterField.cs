namespace Gazette.Site;

/// <summary>
/// One fact of the footer, named once: its key in <c>_site.yml</c>, its Chinese label, and how to read and set it on a
/// <see cref="SiteFooter"/>. Settings, import and the site-file editor all go through <see cref="SiteFooter.Fields"/>.
/// </summary>
/// <param name="Key">The key under <c>footer:</c> in <c>_site.yml</c>.</param>
/// <param name="Label">The label a government page shows it under.</param>
/// <param name="Get">Reads the fact.</param>
/// <param name="With">A footer with the fact set.</param>
internal sealed record SiteFooterField(string Key, string Label, Func<SiteFooter, string?> Get, Func<SiteFooter, string?, SiteFooter> With);
