using System.Text;

namespace Gazette.Content.SafeLinks;

/// <summary>
/// Which addresses an article may link to: http, https, mailto and tel, and addresses without a scheme (paths,
/// <c>#fragments</c>). Anything else — <c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c> … — could run
/// code or mislead a reader, and is shown as text. Addresses are read the way browsers read them, so that
/// spelling a scheme in capitals, with entities or with tabs and newlines in it does not slip past.
/// </summary>
internal static class LinkSchemes
{
    /// <summary>The allowed kinds of address, as messages name them.</summary>
    public const string AllowedList = "http, https, mailto, tel, or a path";

    private static readonly string[] Allowed = ["http", "https", "mailto", "tel"];

    /// <summary>Whether an address (entities already decoded, as Markdig gives it) may be a live link.</summary>
    public static bool IsAllowed(string? url) =>
        url is null || SchemeOf(url) is not { } scheme || Allowed.Contains(scheme, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The scheme a browser would find in <paramref name="url"/>, or null when it has none (a path). Like the WHATWG
    /// URL parser: leading C0 controls and spaces are dropped and tabs and newlines anywhere are ignored.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        var start = 0;
        while (start < url.Length && url[start] <= ' ')
        {
            start++;
        }

        var scheme = new StringBuilder();
        for (var i = start; i < url.Length; i++)
        {
            var c = url[i];
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == ':')
            {
                return scheme.Length > 0 ? scheme.ToString() : null;
            }

            if (!char.IsAsciiLetter(c) && (scheme.Length == 0 || !IsSchemeCharacter(c)))
            {
                return null;
            }

            scheme.Append(c);
        }

        return null;
    }

    /// <summary>
    /// A cheap look at a Markdown text: false when it certainly holds no link with a forbidden scheme, so that only
    /// the few bodies that might need be parsed when they are loaded. True may be a false alarm (say, a link and a
    /// time of day such as <c>a9:30</c> in one body); parsing then decides.
    /// </summary>
    public static bool MayHoldUnsafeLink(ReadOnlySpan<char> text)
    {
        // Every link needs "](" (inline links and images), "]:" (the definition a reference link needs) or "<" (an autolink).
        if (text.IndexOf("](", StringComparison.Ordinal) < 0 && text.IndexOf("]:", StringComparison.Ordinal) < 0 && text.IndexOf('<') < 0)
        {
            return false;
        }

        // An entity can spell a letter of a scheme, or its colon.
        if (text.IndexOf('&') >= 0)
        {
            return true;
        }

        for (var colon = text.IndexOf(':'); colon >= 0; colon = NextColon(text, colon))
        {
            var start = colon;
            while (start > 0 && IsSchemeCharacter(text[start - 1]))
            {
                start--;
            }

            if (start > 0 && text[start - 1] is '\t' or '\n' or '\r')
            {
                // A scheme split by characters the browser ignores: "java\nscript:".
                return true;
            }

            var run = text[start..colon];
            if (run.IsEmpty || !char.IsAsciiLetter(run[0]))
            {
                // "局:", "]:", "9:30": no scheme ends at this colon.
                continue;
            }

            if (!IsAllowedScheme(run))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllowedScheme(ReadOnlySpan<char> scheme)
    {
        foreach (var allowed in Allowed)
        {
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextColon(ReadOnlySpan<char> text, int colon)
    {
        var next = text[(colon + 1)..].IndexOf(':');
        return next < 0 ? -1 : colon + 1 + next;
    }

    private static bool IsSchemeCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.';
}
