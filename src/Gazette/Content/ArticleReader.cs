using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Yaml;

namespace Gazette.Content;

/// <summary>Turns one Markdown file's text into an <see cref="Article"/>, or says exactly what is wrong with it.</summary>
/// <param name="settings">The site settings the front matter is checked against.</param>
/// <param name="markdown">The pipeline that finds links shown as text, for warnings; none are looked for without it.</param>
public sealed partial class ArticleReader(SiteSettings settings, MarkdownRenderer? markdown = null)
{
    private static readonly System.Buffers.SearchValues<char> TagForbidden = System.Buffers.SearchValues.Create("/\\?#%<>\"");

    private static readonly string[] KnownKeys =
    [
        "title", "date", "source", "section", "summary", "seed", "slug",
        "index_no", "publisher", "doc_no", "doc_date", "archived", "status",
        "aliases", "tags", "draft", "review", "old_id",
    ];

    /// <summary>
    /// Reads a file. Returns the article, or null with <paramref name="excluded"/> set when the file is a draft or
    /// awaits review; adds to <paramref name="errors"/> and returns null when the file cannot be published. A published
    /// article's links that are shown as text because of their scheme go to <paramref name="warnings"/>, when given.
    /// </summary>
    public Article? Read(string sourceFile, string text, List<GazetteError> errors, out ExcludedArticle? excluded, List<GazetteError>? warnings = null)
    {
        excluded = null;
        var document = FrontMatterDocument.Split(text, out var problem);
        if (document is null)
        {
            errors.Add(new GazetteError(sourceFile, 1, problem!));
            return null;
        }

        var fileErrors = new List<GazetteError>();
        var reader = new YamlReader(sourceFile, 1, fileErrors);
        var mapping = reader.ParseMapping(document.Yaml);
        if (mapping is null)
        {
            errors.AddRange(fileErrors);
            return null;
        }

        var entries = reader.Entries(mapping, KnownKeys, "front matter");
        var review = reader.String(entries, "review");
        if (review is not null)
        {
            excluded = new ExcludedArticle(sourceFile, "review: " + review);
            return null;
        }

        if (reader.String(entries, "draft") is { } draft && draft is "true" or "yes")
        {
            excluded = new ExcludedArticle(sourceFile, "draft");
            return null;
        }

        var title = reader.String(entries, "title");
        if (title is null)
        {
            fileErrors.Add(new GazetteError(sourceFile, 1, "'title' is required"));
        }

        var date = ReadDate(reader, entries, sourceFile, fileErrors);
        var section = ReadSection(reader, entries, sourceFile, fileErrors);
        var seed = reader.String(entries, "seed");
        var id = ReadId(reader, entries, seed, title, date);
        var tags = reader.StringList(entries, "tags") ?? [];
        foreach (var tag in tags.Where(t => t.Length > 30 || t.StartsWith('.') || t.AsSpan().IndexOfAny(TagForbidden) >= 0))
        {
            reader.Error(entries["tags"], $"tag '{tag}' may not hold / \\ ? # % < > \" nor start with a dot, and has at most 30 characters");
        }

        var aliases = reader.StringList(entries, "aliases") ?? [];
        foreach (var alias in aliases.Where(a => !a.StartsWith('/') || a.Split('/').Any(segment => segment is "." or "..") || a.Contains('\\', StringComparison.Ordinal)))
        {
            reader.Error(entries["aliases"], $"alias '{alias}' must be a path on this site starting with /, e.g. /art/2021/1/8/art_123.html");
        }

        var oldId = reader.String(entries, "old_id");
        var body = ControlCharacters.Remove(document.Body);
        BodyLimits.Check(sourceFile, body, document.BodyLine, fileErrors);
        if (fileErrors.Count == 0 && warnings is not null)
        {
            FindUnsafeLinks(sourceFile, body, document.BodyLine, fileErrors, warnings);
        }

        if (fileErrors.Count > 0)
        {
            errors.AddRange(fileErrors);
            return null;
        }

        var publicInformation = new PublicInformation(
            reader.String(entries, "index_no"),
            reader.String(entries, "publisher"),
            reader.String(entries, "doc_no"),
            reader.String(entries, "doc_date"),
            reader.String(entries, "archived"),
            reader.String(entries, "status"));

        return new Article(
            sourceFile,
            id,
            ControlCharacters.Remove(title!),
            date!.Value,
            ControlCharacters.RemoveOrNull(reader.String(entries, "source")),
            section!,
            ControlCharacters.RemoveOrNull(reader.String(entries, "summary")),
            seed,
            publicInformation,
            [.. tags],
            [.. aliases],
            new ArticleBody(body),
            oldId);
    }

    /// <summary>
    /// Finds the links rendering will show as text, so that the build can warn about them on every build: the warnings
    /// are kept with the article in the cache, while a page may be reused without rendering its body again. Only a body
    /// that might hold one is parsed, which keeps loading as cheap as it was.
    /// </summary>
    private void FindUnsafeLinks(string sourceFile, string body, int bodyLine, List<GazetteError> errors, List<GazetteError> warnings)
    {
        if (markdown is null || !SafeLinks.LinkSchemes.MayHoldUnsafeLink(body))
        {
            return;
        }

        try
        {
            warnings.AddRange(markdown.UnsafeLinksIn(body, sourceFile).Select(l => new GazetteError(sourceFile, bodyLine + l.Line, l.Message)));
        }
        catch (GazetteException e)
        {
            errors.AddRange(e.Errors);
        }
    }

    /// <summary>
    /// The body of a file as <see cref="Read"/> gives it, for a file read before: null when it no longer has front matter.
    /// </summary>
    public static string? BodyOf(string text) =>
        FrontMatterDocument.Split(text, out _) is { } document ? ControlCharacters.Remove(document.Body) : null;

    private static PublicationDate? ReadDate(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries, string sourceFile, List<GazetteError> errors)
    {
        var text = reader.String(entries, "date");
        if (text is null)
        {
            errors.Add(new GazetteError(sourceFile, 1, "'date' is required, e.g. date: 2021-01-08T13:28:00+08:00 or date: 2021-01-08"));
            return null;
        }

        if (!PublicationDate.TryParse(text, out var date))
        {
            reader.Error(entries["date"], $"'date' is not a date: '{text}' (write 2021-01-08T13:28:00+08:00, or 2021-01-08 when there is no time)");
            return null;
        }

        return date;
    }

    private Section? ReadSection(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries, string sourceFile, List<GazetteError> errors)
    {
        var names = reader.StringList(entries, "section");
        if (names is null || names.Count == 0)
        {
            if (!entries.ContainsKey("section"))
            {
                errors.Add(new GazetteError(sourceFile, 1, "'section' is required, e.g. section: [资讯中心, 新闻动态]"));
            }

            return null;
        }

        var section = settings.Sections.Find(names);
        if (section is null)
        {
            reader.Error(entries["section"], $"section [{string.Join(", ", names)}] is not in {SitePaths.SiteSettingsFileName}; add it under 'sections' or correct the name");
        }

        return section;
    }

    private static string ReadId(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries, string? seed, string? title, PublicationDate? date)
    {
        if (reader.String(entries, "slug") is { } slug)
        {
            if (IdPattern().IsMatch(slug))
            {
                return slug;
            }

            reader.Error(entries["slug"], $"'slug' may hold only letters, digits, '-' and '_'; got '{slug}'");
            return string.Empty;
        }

        if (seed is not null && SeedId(seed) is { } seedId)
        {
            return seedId;
        }

        var key = $"{title}\n{date?.ToIsoString()}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
    }

    /// <summary>The id a seed file name carries: <c>seeds/000_e0b2ebfcac031705.txt</c> → <c>e0b2ebfcac031705</c>.</summary>
    public static string? SeedId(string seedPath)
    {
        var stem = Path.GetFileNameWithoutExtension(seedPath.Replace('\\', '/').Split('/')[^1]);
        var match = SeedNamePattern().Match(stem);
        var id = match.Success ? match.Groups["id"].Value : stem;
        return IdPattern().IsMatch(id) ? id.ToLowerInvariant() : null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9]+_(?<id>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SeedNamePattern();
}
