namespace Gazette.Content;

/// <summary>A file published beside the pages: an article's or page's own (in its folder) or a site-wide one (<c>input/files/</c>).</summary>
/// <param name="SourceFile">The file, relative to the site root, e.g. <c>input/zxzx/tzgg/202403/zyjn-rd/附件1.pdf</c>.</param>
/// <param name="FullPath">The file on disk.</param>
/// <param name="SitePath">Where it is published under the site root, e.g. <c>zxzx/tzgg/202403/zyjn-rd/附件1.pdf</c>.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Hash">The hash of its content, so that a page showing it is rendered again when it changes.</param>
internal sealed record Attachment(string SourceFile, string FullPath, string SitePath, long Size, ulong Hash)
{
    /// <summary>The file's name, as the 附件 list shows it.</summary>
    public string Name => SitePath[(SitePath.LastIndexOf('/') + 1)..];

    /// <summary>Whether the file is an image a page shows rather than a document it offers.</summary>
    public bool IsImage => Path.GetExtension(SitePath).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".gif" or ".webp" or ".svg" or ".avif";
}
