using System.Net;
using System.Text.RegularExpressions;

namespace Gazette.Publishing;

/// <summary>
/// The link check: every internal <c>href</c> and <c>src</c> of every HTML file must lead to a
/// file the build produced. Links to other hosts are not followed.
/// </summary>
internal sealed partial class LinkChecker(string basePath)
{
    // Far more than the links every page repeats (menu, footer, sections); past it, a link is resolved each time it is
    // met, so that an archive of a million pages does not hold one entry for each.
    private const int RememberedLinks = 1 << 18;

    // A link written from the root means the same file on every page, and every page repeats the menu's, the footer's
    // and the breadcrumbs' links: each is decoded and resolved once, by the attribute's text as written.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Link, string? Target)> _fromRoot = new(StringComparer.Ordinal);
    private int _remembered;

    /// <summary>
    /// The broken links of <paramref name="pages"/> (in that order) given every file the site has, reading each page's
    /// bytes with <paramref name="contentOf"/>: in a build, the second look after a link to a missing file was met.
    /// </summary>
    public IReadOnlyList<BrokenLink> Broken(IReadOnlyList<string> pages, IReadOnlySet<string> existing, Func<string, byte[]> contentOf)
    {
        var broken = new List<BrokenLink>[pages.Count];
        Parallel.For(0, pages.Count, i => broken[i] = [.. Links(pages[i], contentOf(pages[i]))
            .Where(l => !existing.Contains(l.Target))
            .Select(l => new BrokenLink(pages[i], l.Link))]);
        return [.. broken.SelectMany(b => b)];
    }

    /// <summary>Whether a file is a page whose links are checked.</summary>
    public static bool IsPage(string sitePath) => sitePath.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>Every internal link of a page, as written and as the file it leads to, in the page's order.</summary>
    public IEnumerable<(string Link, string Target)> Links(string page, byte[] content)
    {
        var found = new List<(string, string)>();
        foreach (var value in HtmlLinkAttributes.In(content))
        {
            var fromRoot = value.StartsWith('/');
            if (!fromRoot || !_fromRoot.TryGetValue(value, out var resolved))
            {
                var link = WebUtility.HtmlDecode(value);
                resolved = (link, Resolve(page, link));
                // Counted apart: a concurrent dictionary's Count takes every one of its locks.
                if (fromRoot && Volatile.Read(ref _remembered) < RememberedLinks && _fromRoot.TryAdd(value, resolved))
                {
                    Interlocked.Increment(ref _remembered);
                }
            }

            if (resolved.Target is { } target)
            {
                found.Add((resolved.Link, target));
            }
        }

        return found;
    }

    /// <summary>
    /// The file a link leads to, under the site root; null for links this check does not follow (other hosts,
    /// fragments, mail); a path that cannot exist (outside the base path) comes back as the link itself so it fails.
    /// </summary>
    public string? Resolve(string page, string link)
    {
        var path = link.Split('#', 2)[0].Split('?', 2)[0];
        if (path.Length == 0 || path.StartsWith("//", StringComparison.Ordinal) || SchemePrefix().IsMatch(path))
        {
            return null;
        }

        string sitePath;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return "(outside the base path) " + path;
            }

            sitePath = path[basePath.Length..];
        }
        else
        {
            var folder = page.Contains('/', StringComparison.Ordinal) ? page[..(page.LastIndexOf('/') + 1)] : string.Empty;
            sitePath = folder + path;
        }

        sitePath = Uri.UnescapeDataString(sitePath);
        var segments = new List<string>();
        foreach (var segment in sitePath.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return "(above the site root) " + path;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        var resolved = string.Join('/', segments);
        return resolved.Length == 0 || resolved.EndsWith('/') ? resolved + "index.html" : resolved;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePrefix();
}
