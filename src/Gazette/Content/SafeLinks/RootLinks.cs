namespace Gazette.Content.SafeLinks;

/// <summary>
/// A root-relative address in a body (<c>/zxzx/xwdt/…</c>) means "in this site": it is written under the site's
/// <c>base_path</c>, so that a body reads the same whether the site lives at <c>/</c> or at <c>/news/</c>.
/// Protocol-relative addresses (<c>//host/…</c>), addresses with a scheme, relative ones and fragments are left alone.
/// </summary>
internal static class RootLinks
{
    /// <summary>The address as the page links it.</summary>
    public static string Under(string url, string basePath) =>
        basePath != "/" && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? basePath + url[1..] : url;
}
