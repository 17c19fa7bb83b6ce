using System.Globalization;
using System.Text;
using Gazette.FileSystem;
using Gazette.Site;
using Gazette.Theme;

namespace Gazette.Publishing;

/// <summary>
/// The nginx settings a built site needs, in the two contexts nginx allows them: <c>nginx-http.conf</c> for the
/// <c>http</c> block (the map of old addresses), <c>nginx.conf</c> for the <c>server</c> block (charset, compression,
/// the custom 404, the redirects, cache headers), and <c>nginx-brotli.conf</c> for a server with the brotli module.
/// Everything in the server part is scoped to <c>base_path</c>, so the include leaves the rest of a shared host alone.
/// </summary>
internal static class NginxConfig
{
    /// <summary>How long a browser may keep a stylesheet or script whose name carries its content hash: a year.</summary>
    public const string LongCache = "public, max-age=31536000, immutable";

    /// <summary>How long a browser may keep a page or any other file before asking again: five minutes.</summary>
    public const string ShortCache = "public, max-age=300";

    /// <summary>The variable the map sets and the server part reads.</summary>
    public const string MovedVariable = "$gazette_moved";

    // nginx adds the charset only to these types; text/html is among them already, the feeds and sitemaps are not.
    private const string TextTypes = "text/plain text/xml text/css application/xml application/atom+xml application/rss+xml application/javascript application/json image/svg+xml";

    // Compressed on the fly, besides HTML: the text types and the search index's shards (.bin).
    private const string CompressedTypes = TextTypes + " application/octet-stream";

    /// <summary>The map of old addresses, for nginx's <c>http</c> block.</summary>
    public static string HttpPart(SiteSettings settings, IReadOnlyList<(string Old, string New)> moves)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# nginx settings for {settings.BaseUrl}{settings.BasePath}, written by Gazette on every build: do not edit.\n");
        text.Append("# Include this file once inside nginx's http { } block; nginx.conf, inside the server block, answers with it.\n");
        text.Append(CultureInfo.InvariantCulture, $"# Each line maps an old address (from the domain root, as nginx decodes it) to its new one ({moves.Count} in all).\n");
        if (moves.Count > 0)
        {
            // nginx refuses a map whose hash cannot be built in its default sizes, which a large table or long keys exceed.
            var longest = moves.Max(m => Encoding.UTF8.GetByteCount(m.Old));
            text.Append(CultureInfo.InvariantCulture, $"map_hash_max_size {PowerOfTwoAtLeast(Math.Max(2048, 2 * moves.Count))};\n");
            text.Append(CultureInfo.InvariantCulture, $"map_hash_bucket_size {PowerOfTwoAtLeast(Math.Max(64, ((longest + 2 + 7) / 8 * 8) + 16))};\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"map $uri {MovedVariable} {{\n    default \"\";\n");
        foreach (var (old, moved) in moves)
        {
            text.Append("    ").Append(NginxSyntax.Quote(old)).Append(' ').Append(NginxSyntax.Quote(moved)).Append(";\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>The same table as a bare list of map lines, for a map of one's own (<c>map $uri $x { include redirects.map; }</c>).</summary>
    public static string RedirectMap(IReadOnlyList<(string Old, string New)> moves)
    {
        var text = new StringBuilder();
        text.Append("# Old addresses and their new ones, written by Gazette. nginx-http.conf holds the same map ready to include;\n");
        text.Append("# to use this file in a map of your own, in nginx's http block:\n");
        text.Append("#   map $uri $gazette_moved { include /path/to/deploy/redirects.map; }\n");
        text.Append("# and in the server block:\n");
        text.Append("#   if ($gazette_moved) { return 301 $gazette_moved; }\n");
        foreach (var (old, moved) in moves)
        {
            text.Append(NginxSyntax.Quote(old)).Append(' ').Append(NginxSyntax.Quote(moved)).Append(";\n");
        }

        return text.ToString();
    }

    /// <summary>What the server block needs, all of it under <c>base_path</c> but the redirects, which may lie outside.</summary>
    public static string ServerPart(SiteSettings settings)
    {
        var basePath = settings.BasePath;
        var assets = $"^{NginxSyntax.RegexLiteral(basePath + ThemeAssets.Folder + "/")}.+\\.[0-9a-f]{{{ContentHash.Digits}}}\\.(?:css|js)$";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# nginx settings for {settings.BaseUrl}{basePath}, written by Gazette on every build: do not edit.\n");
        text.Append("# Include this file inside the server { } block that serves the site, and nginx-http.conf in the http block.\n");
        text.Append(CultureInfo.InvariantCulture, $"# The server's root must hold the site at {basePath}: output/ copied to <root>{basePath}. See the README, \"Deploying\".\n");
        text.Append(settings.Precompress
            ? "# precompress is on: gzip_static serves the .gz files the build wrote (include nginx-brotli.conf for the .br files).\n"
            : "# precompress is off in _site.yml: nginx compresses each response itself; turn it on to serve the build's .gz and .br files.\n");
        text.Append('\n');
        text.Append("# Old addresses, inside base_path or not, move for good.\n");
        text.Append(CultureInfo.InvariantCulture, $"if ({MovedVariable}) {{\n    return 301 {MovedVariable};\n}}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"location {NginxSyntax.Quote(basePath)} {{\n");
        text.Append("    charset utf-8;\n");

        // A folder asked for without its slash is sent to it by a relative address, right behind a TLS proxy too.
        text.Append("    absolute_redirect off;\n");
        text.Append(CultureInfo.InvariantCulture, $"    charset_types {TextTypes};\n");
        text.Append("    gzip on;\n");
        text.Append(CultureInfo.InvariantCulture, $"    gzip_types {CompressedTypes};\n");
        text.Append("    gzip_static on;\n");
        text.Append("    gzip_vary on;\n");
        text.Append(CultureInfo.InvariantCulture, $"    error_page 404 {NginxSyntax.Quote(basePath + "404.html")};\n");
        text.Append(CultureInfo.InvariantCulture, $"    add_header Cache-Control \"{ShortCache}\";\n\n");
        text.Append("    # Nothing whose name starts with a dot is served.\n");
        text.Append("    location ~ \"/\\.\" {\n        return 404;\n    }\n\n");
        text.Append("    # A folder is its index.html or nothing: a folder of articles has no page of its own, and answers 404, not 403.\n");
        text.Append("    location ~ \"/$\" {\n        try_files ${uri}index.html =404;\n    }\n\n");
        text.Append("    # A stylesheet or script named by its content changes its name when it changes: browsers may keep it.\n");
        text.Append(CultureInfo.InvariantCulture, $"    location ~ {NginxSyntax.Quote(assets)} {{\n        add_header Cache-Control \"{LongCache}\";\n    }}\n");
        return text.Append("}\n").ToString();
    }

    /// <summary>Serving the build's <c>.br</c> files, for a server with the brotli module.</summary>
    public static string BrotliPart(SiteSettings settings) =>
        string.Create(CultureInfo.InvariantCulture, $"""
            # nginx settings for {settings.BaseUrl}{settings.BasePath}, written by Gazette on every build: do not edit.
            # Include this file beside nginx.conf in the server block when nginx has the brotli module (Debian:
            # libnginx-mod-http-brotli-static), and set precompress: true in _site.yml so that the build writes .br files.
            brotli_static on;

            """).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static int PowerOfTwoAtLeast(int value) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)value);
}
