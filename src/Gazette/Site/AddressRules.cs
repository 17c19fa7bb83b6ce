using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Gazette.Text;

namespace Gazette.Site;

/// <summary>
/// What a name that becomes part of a file path or of <c>redirects.map</c> may hold: slugs, tags, old ids, old paths
/// and aliases. Each check returns what is wrong, worded to follow the value in a message, or null when it is fine.
/// </summary>
internal static class AddressRules
{
    /// <summary>The most characters a slug, an old id or one segment of an old address may have.</summary>
    public const int MaxSegmentLength = 100;

    /// <summary>File names stop at 255 bytes; this leaves room for <c>.html</c>, <c>.gz</c> and the like.</summary>
    public const int MaxSegmentBytes = 240;

    /// <summary>The most characters a whole old address (an alias, an old path) may have.</summary>
    public const int MaxAddressLength = 200;

    /// <summary>The most characters a tag may have.</summary>
    public const int MaxTagLength = 30;

    // Characters that mean something else in a URL, in nginx's map file or in a shell, so cannot stand for themselves.
    private static readonly SearchValues<char> SegmentForbidden = SearchValues.Create("/\\?#%\"'<>{};`|^*");

    private static readonly SearchValues<char> TagForbidden = SearchValues.Create("/\\?#%<>\"");

    // The files every listing folder may hold beside its sub-folders: a tag named like one would collide with it.
    private static readonly string[] FileEndings = [".html", ".htm", ".shtml", ".xml", ".gz", ".br", ".map", ".txt", ".json", ".css", ".js"];

    /// <summary>The limit on segment length, as messages state it.</summary>
    public static string SegmentLimit =>
        string.Create(CultureInfo.InvariantCulture, $"at most {MaxSegmentLength} characters (and {MaxSegmentBytes} bytes of UTF-8, about {MaxSegmentBytes / 3} Chinese characters)");

    /// <summary>What is wrong with a single path segment (an old id, one folder of an old address).</summary>
    public static string? SegmentProblem(string segment)
    {
        if (segment.Length == 0)
        {
            return "has an empty segment (two slashes in a row)";
        }

        if (segment is "." or "..")
        {
            return $"has a '{segment}' segment";
        }

        if (CharacterProblem(segment, allowSpace: false) is { } problem)
        {
            return problem;
        }

        if (segment.AsSpan().IndexOfAny(SegmentForbidden) is var index and >= 0)
        {
            return segment[index] == '/'
                ? "holds '/': it must be a single name, not a path"
                : $"holds '{segment[index]}', which addresses and nginx's map give another meaning";
        }

        return LengthProblem(segment);
    }

    /// <summary>What is wrong with the length of a slug or segment.</summary>
    public static string? LengthProblem(string segment) =>
        segment.Length > MaxSegmentLength || Encoding.UTF8.GetByteCount(segment) > MaxSegmentBytes
            ? string.Create(CultureInfo.InvariantCulture, $"is too long ({segment.Length} characters): a name in an address may have {SegmentLimit}")
            : null;

    /// <summary>
    /// An old address as a site keeps it: a path under <c>base_path</c> (<c>/art/x.html</c>), or, for one written as a
    /// full address on the site's own host (<c>https://rsj.suzhou.gov.cn/art/x.html</c>), a path from the domain root
    /// marked with <see cref="DomainRootMark"/> when it lies outside <c>base_path</c> (one inside is kept as the first
    /// kind). Returns what is wrong with it, or null.
    /// </summary>
    public static string? OldAddressProblem(string address, string baseUrl, string basePath, out string kept)
    {
        kept = address;
        if (!IsFullAddress(address))
        {
            return AddressProblem(address, out kept);
        }

        if (PathOnSiteHost(address, baseUrl) is not { } written || written.AsSpan().IndexOfAny('?', '#') >= 0)
        {
            return $"is a full address, which must be on the site's own host ({baseUrl}) with no ? or #";
        }

        if (AddressProblem(written, out var path) is { } problem)
        {
            return problem;
        }

        kept = Kept(path, basePath);
        return null;
    }

    /// <summary>Whether an old address is written in full (<c>https://host/…</c>) rather than as a path.</summary>
    public static bool IsFullAddress(string address) =>
        address.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The path of a full address, as written from the <c>/</c> after its host, when the host is the one of
    /// <paramref name="baseUrl"/> (whatever the scheme or port); null for another host or an address with no path.
    /// Placeholders such as <c>{old_id}</c> are kept as they are.
    /// </summary>
    public static string? PathOnSiteHost(string address, string? baseUrl)
    {
        var afterScheme = address.IndexOf("//", StringComparison.Ordinal) + 2;
        var pathStart = address.IndexOf('/', afterScheme);
        if (pathStart < 0 || baseUrl is null || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var site))
        {
            return null;
        }

        var host = address[afterScheme..pathStart].Split(':')[0];
        return string.Equals(host, site.Host, StringComparison.OrdinalIgnoreCase) ? address[pathStart..] : null;
    }

    /// <summary>A path from the domain root as a site keeps it: under <c>base_path</c>, the path inside it; else marked with <see cref="DomainRootMark"/>.</summary>
    public static string Kept(string pathFromRoot, string basePath) =>
        pathFromRoot.StartsWith(basePath, StringComparison.Ordinal) ? "/" + pathFromRoot[basePath.Length..] : DomainRootMark + pathFromRoot;

    /// <summary>Marks an old address kept as a path from the domain root, outside <c>base_path</c>: only the server's redirect map can answer it.</summary>
    public const string DomainRootMark = "~";

    /// <summary>
    /// What is wrong with an old address such as <c>/art/2021/1/8/art_123.html</c> or <c>/old/notice/</c>;
    /// <paramref name="path"/> is the address with percent-encoding decoded, since the file must have the name a
    /// web server looks for and nginx matches <c>$uri</c> decoded.
    /// </summary>
    public static string? AddressProblem(string address, out string path)
    {
        path = address;
        if (!address.StartsWith('/') || address.StartsWith("//", StringComparison.Ordinal))
        {
            return "must be a path on this site starting with a single /, not a full address";
        }

        if (CharacterProblem(address, allowSpace: false) is { } raw)
        {
            return raw;
        }

        if (address.Contains('%', StringComparison.Ordinal))
        {
            if (PercentDecode(address) is not { } decoded)
            {
                return "holds a '%' that does not start percent-encoded UTF-8 such as %E6%97%A7";
            }

            path = decoded;
        }

        return PathProblem(path[1..], finalSlashAllowed: true);
    }

    /// <summary>What is wrong with a relative folder path such as <c>szrsj/xwdt</c>, or a path with a file at its end.</summary>
    public static string? PathProblem(string path, bool finalSlashAllowed)
    {
        if (path.Length == 0)
        {
            return "is the site's home page";
        }

        if (path.Length > MaxAddressLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"is too long ({path.Length} characters): an address may have at most {MaxAddressLength} characters");
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length == 0 && i == segments.Length - 1 && finalSlashAllowed && i > 0)
            {
                continue;
            }

            if (SegmentProblem(segments[i]) is { } problem)
            {
                return problem;
            }

            // Every file the site writes has one of these endings, so a folder named so would collide with a file.
            if (i < segments.Length - 1 && FileEndings.Any(ending => segments[i].EndsWith(ending, StringComparison.OrdinalIgnoreCase)))
            {
                return $"has a folder '{segments[i]}' named like a file, which would collide with the page of that name";
            }
        }

        return null;
    }

    /// <summary>
    /// What is wrong with a path that is all folders, such as an old column path <c>szrsj/xwdt</c>: as
    /// <see cref="PathProblem"/>, and its last folder may not be named like a file either.
    /// </summary>
    public static string? FolderPathProblem(string path) => path.Length == 0 ? PathProblem(path, finalSlashAllowed: false) : PathProblem(path + "/", finalSlashAllowed: true);

    /// <summary>What is wrong with a tag, which names a folder under <c>tags/</c>.</summary>
    public static string? TagProblem(string tag)
    {
        if (CharacterProblem(tag, allowSpace: true) is { } problem)
        {
            return problem;
        }

        if (tag.AsSpan().IndexOfAny(TagForbidden) >= 0)
        {
            return "may not hold / \\ ? # % < > \"";
        }

        if (tag.StartsWith('.') || tag.EndsWith('.'))
        {
            return "may not start or end with a dot";
        }

        if (FileEndings.Any(ending => tag.EndsWith(ending, StringComparison.OrdinalIgnoreCase)))
        {
            return "looks like a file name (such as index.html or atom.xml), which would collide with the tag pages' own files";
        }

        return tag.Length > MaxTagLength
            ? string.Create(CultureInfo.InvariantCulture, $"is too long: a tag may have at most {MaxTagLength} characters")
            : null;
    }

    /// <summary>Control characters, line breaks, invisible formatting characters, and white space other than a plain space.</summary>
    private static string? CharacterProblem(string value, bool allowSpace)
    {
        if (ControlCharacters.FirstForbidden(value, breaksToo: true) is var index and >= 0)
        {
            return $"holds the control character {ControlCharacters.Name(value[index])}";
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) && !(allowSpace && c == ' '))
            {
                return c == ' ' ? "holds a space" : $"holds the white space character {ControlCharacters.Name(c)}";
            }

            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return $"holds the invisible character {ControlCharacters.Name(c)}";
            }
        }

        return null;
    }

    /// <summary>The text with each %XX decoded, or null when an escape is malformed or the bytes are not UTF-8.</summary>
    private static string? PercentDecode(string text)
    {
        var bytes = new List<byte>(text.Length * 3);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%')
            {
                if (i + 2 >= text.Length || !byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
                {
                    return null;
                }

                bytes.Add(value);
                i += 2;
            }
            else
            {
                var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length
                    ? Encoding.UTF8.GetBytes(text.AsSpan(i++, 2), buffer)
                    : Encoding.UTF8.GetBytes(text.AsSpan(i, 1), buffer);
                bytes.AddRange(buffer[..length]);
            }
        }

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes);
        return Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : null;
    }
}
