using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Gazette.Images;
using Gazette.Site;

namespace Gazette.Content;

/// <summary>
/// Where each published file of <c>input/</c> is published: articles' and pages' own files (a bundle's, published in
/// a folder named after the page: <c>{article address without .html}/</c> or <c>{page slug}/</c>), <c>input/files/</c>
/// at <c>files/</c>, and the Markdown files themselves at their pages. A relative link in a body is resolved from the
/// Markdown file's folder to one of these, so that <c>[附件](附件1.pdf)</c> and <c>[通知](../202101/x.md)</c> work
/// wherever the page is published. Immutable for a build; image sizes are read once, when first asked for.
/// </summary>
internal sealed class LocalFiles
{
    private readonly FrozenDictionary<string, string> _sitePathOf;
    private readonly FrozenDictionary<string, ImmutableArray<Attachment>> _attachmentsOf;
    private readonly FrozenDictionary<string, Attachment> _bySitePath;
    private readonly Lazy<ulong> _allHash;
    private readonly ConcurrentDictionary<string, (int Width, int Height)?> _imageSizes = new(StringComparer.Ordinal);

    private LocalFiles(FrozenDictionary<string, string> sitePathOf, FrozenDictionary<string, ImmutableArray<Attachment>> attachmentsOf, ImmutableArray<Attachment> all)
    {
        _sitePathOf = sitePathOf;
        _attachmentsOf = attachmentsOf;
        All = all;
        _bySitePath = all.ToFrozenDictionary(a => a.SitePath, StringComparer.Ordinal);
        _allHash = new Lazy<ulong>(() => all.Aggregate(0UL, (hash, a) => unchecked((hash * 31) + a.Hash + (ulong)a.SitePath.Length)));
    }

    /// <summary>No files at all: for rendering a body outside a build.</summary>
    public static LocalFiles None { get; } = new(FrozenDictionary<string, string>.Empty, FrozenDictionary<string, ImmutableArray<Attachment>>.Empty, []);

    /// <summary>Every file published from <c>input/</c> besides the Markdown, in a stable order.</summary>
    public ImmutableArray<Attachment> All { get; }

    /// <summary>The published files of the site's articles and pages, by the place each is published.</summary>
    public static LocalFiles Of(ContentFiles files, IEnumerable<Article> articles, IEnumerable<SinglePage> pages)
    {
        var sitePathOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var attachmentsOf = new Dictionary<string, ImmutableArray<Attachment>>(StringComparer.Ordinal);
        var all = new List<Attachment>();
        void Own(string sourceFile, string sitePath, string folder)
        {
            sitePathOf[sourceFile] = sitePath;
            if (ContentFiles.BundleFolderOf(sourceFile) is { } bundle && files.Bundles.TryGetValue(bundle, out var own))
            {
                var attachments = own.Select(f => Publish(f, folder + f.RelativePath[(bundle.Length + 1)..])).ToImmutableArray();
                attachmentsOf[sourceFile] = attachments;
                all.AddRange(attachments);
            }
        }

        foreach (var article in articles)
        {
            Own(article.SourceFile, article.SitePath, article.SitePath[..^".html".Length] + "/");
        }

        foreach (var page in pages)
        {
            Own(page.SourceFile, page.Folder, page.Folder);
        }

        var siteFilesFolder = "input/" + ContentFiles.SiteFilesFolder + "/";
        all.AddRange(files.SiteFiles.Select(f => Publish(f, ContentFiles.SiteFilesFolder + "/" + f.RelativePath[siteFilesFolder.Length..])));
        all.Sort((a, b) => string.CompareOrdinal(a.SitePath, b.SitePath));
        foreach (var attachment in all)
        {
            sitePathOf[attachment.SourceFile] = attachment.SitePath;
        }

        return new LocalFiles(sitePathOf.ToFrozenDictionary(StringComparer.Ordinal), attachmentsOf.ToFrozenDictionary(StringComparer.Ordinal), [.. all]);
    }

    /// <summary>
    /// A hash of the files a body in <paramref name="sourceFile"/> may show: its own folder's, and every other
    /// published file when the body reaches out of its folder (<see cref="ReachesOut"/>), so that a page whose image
    /// changed is rendered again.
    /// </summary>
    public ulong HashOfFilesShownBy(string sourceFile, bool reachesOut)
    {
        var hash = AttachmentsOf(sourceFile).Aggregate(17UL, (h, a) => unchecked((h * 31) + a.Hash));
        return reachesOut && All.Length > 0 ? unchecked((hash * 31) + _allHash.Value) : hash;
    }

    /// <summary>Whether a body may link a published file outside its own folder: <c>input/files/</c>, or another folder through <c>../</c>.</summary>
    public static bool ReachesOut(string body) =>
        body.Contains("files/", StringComparison.Ordinal) || body.Contains("../", StringComparison.Ordinal);

    /// <summary>The files of an article's or page's own folder, by name; empty when it has none.</summary>
    public ImmutableArray<Attachment> AttachmentsOf(string sourceFile) => _attachmentsOf.GetValueOrDefault(sourceFile, []);

    /// <summary>
    /// The site path a relative link in <paramref name="sourceFile"/> leads to, with its <c>?query</c> and <c>#fragment</c>;
    /// null when the link is not relative or leads to nothing published from <c>input/</c> (it is then left as written).
    /// </summary>
    public string? Resolve(string sourceFile, string url)
    {
        if (_sitePathOf.Count == 0 || url.Length == 0 || url[0] is '/' or '#' or '?' || url.Contains(':', StringComparison.Ordinal) || url.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var end = url.IndexOfAny(['?', '#']);
        var (path, suffix) = end < 0 ? (url, string.Empty) : (url[..end], url[end..]);
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }

        var segments = new List<string>(sourceFile.Split('/')[..^1]);
        foreach (var segment in decoded.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count <= 1)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return _sitePathOf.TryGetValue(string.Join('/', segments), out var sitePath) ? sitePath + suffix : null;
    }

    /// <summary>The pixel size of the published image at <paramref name="sitePath"/> (under the site root, no query); null for anything else.</summary>
    public (int Width, int Height)? ImageSizeAt(string sitePath) =>
        _bySitePath.TryGetValue(sitePath, out var file) && file.IsImage && !file.SitePath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
            ? _imageSizes.GetOrAdd(file.SitePath, _ => ImageSize.Read(file.FullPath))
            : null;

    private static Attachment Publish(Incremental.InputFile file, string sitePath) =>
        new(file.RelativePath, file.FullPath, sitePath, file.Size, file.Hash);
}
