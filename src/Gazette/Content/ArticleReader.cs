using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Text;
using Gazette.Yaml;

namespace Gazette.Content;

/// <summary>Turns one Markdown file's text into an <see cref="Article"/>, or says exactly what is wrong with it.</summary>
/// <param name="settings">The site settings the front matter is checked against.</param>
/// <param name="markdown">The pipeline that finds links shown as text, for warnings; none are looked for without it.</param>
/// <param name="readDrafts">Whether a draft is read as an article (for the preview) rather than left out unread.</param>
internal sealed partial class ArticleReader(SiteSettings settings, MarkdownRenderer? markdown = null, bool readDrafts = false)
{
    private static readonly string[] KnownKeys =
    [
        "title", "date", "source", "section", "summary", "seed", "slug",
        "index_no", "publisher", "doc_no", "doc_date", "archived", "status", "topic", "keywords",
        "aliases", "tags", "draft", "review", "old_id", "expires", "type",
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
            excluded = new ExcludedArticle(sourceFile, "review: " + (ControlCharacters.OneLine(review) ?? "(no reason given)"));
            return null;
        }

        var draft = IsDraft(reader, entries);
        if (draft && !readDrafts)
        {
            excluded = new ExcludedArticle(sourceFile, "draft");
            return null;
        }

        var title = ControlCharacters.OneLine(reader.String(entries, "title"));
        if (title is null)
        {
            fileErrors.Add(new GazetteError(sourceFile, 1, "'title' is required"));
        }

        if (reader.String(entries, "type") is { } type && type != "article")
        {
            reader.Error(entries["type"], $"'type' is 'article' (the default) or 'page' (a page with no date or 栏目, such as 关于我们); got '{type}'");
        }

        var date = ReadDate(reader, entries, sourceFile, fileErrors);
        var expires = ReadExpiry(reader, entries, date);
        var section = ReadSection(reader, entries, sourceFile, fileErrors);
        var seed = ControlCharacters.OneLine(reader.String(entries, "seed"));
        var id = ReadId(reader, entries, sourceFile, seed, title, date);
        var tags = ReadTags(reader, entries);
        var aliases = ReadAliases(reader, entries, settings);
        var oldId = ReadOldId(reader, entries);

        var body = ControlCharacters.Remove(document.Body);
        BodyLimits.Check(sourceFile, body, document.BodyLine, fileErrors);
        if (fileErrors.Count == 0 && warnings is not null)
        {
            BodyWarnings.Find(markdown, sourceFile, body, document.BodyLine, fileErrors, warnings);
        }

        // Free text: what cannot be shown is dropped rather than refused, as a pasted text often carries it unseen.
        var publicInformation = new PublicInformation(
            ControlCharacters.OneLine(reader.String(entries, "index_no")),
            ControlCharacters.OneLine(reader.String(entries, "publisher")),
            ControlCharacters.OneLine(reader.String(entries, "doc_no")),
            ControlCharacters.OneLine(reader.String(entries, "doc_date")),
            ControlCharacters.OneLine(reader.String(entries, "archived")),
            ControlCharacters.OneLine(reader.String(entries, "status")),
            ControlCharacters.OneLine(reader.String(entries, "topic")),
            ControlCharacters.OneLine(reader.String(entries, "keywords")));
        var source = ControlCharacters.OneLine(reader.String(entries, "source"));
        var summary = ControlCharacters.OneLine(reader.String(entries, "summary"));

        if (fileErrors.Count > 0)
        {
            errors.AddRange(fileErrors);
            return null;
        }

        return new Article(
            sourceFile,
            id,
            title!,
            date!.Value,
            source,
            section!,
            summary,
            seed,
            publicInformation,
            [.. tags],
            [.. aliases],
            new ArticleBody(body),
            oldId)
        {
            IsDraft = draft,
            Expires = expires,
            ReachesOut = LocalFiles.ReachesOut(body),
        };
    }

    /// <summary>
    /// The body of a file as <see cref="Read"/> gives it, for a file read before: null when it no longer has front matter.
    /// </summary>
    public static string? BodyOf(string text) =>
        FrontMatterDocument.Split(text, out _) is { } document ? ControlCharacters.Remove(document.Body) : null;

    private static PublicationDate? ReadDate(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries, string sourceFile, List<GazetteError> errors)
    {
        if (reader.String(entries, "date") is not { } text)
        {
            errors.Add(new GazetteError(sourceFile, 1, "'date' is required, e.g. date: 2021-01-08T13:28:00+08:00 or date: 2021-01-08"));
            return null;
        }

        return ParseDate(reader, entries, "date", text, "write 2021-01-08T13:28:00+08:00, or 2021-01-08 when there is no time");
    }

    /// <summary>The optional <c>expires</c>: in the forms of <c>date</c>, and after it.</summary>
    private static PublicationDate? ReadExpiry(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries, PublicationDate? date)
    {
        if (reader.String(entries, "expires") is not { } text
            || ParseDate(reader, entries, "expires", text, "write 2021-12-31T18:00:00+08:00, or 2021-12-31 for the start of that day") is not { } expires)
        {
            return null;
        }

        if (date is { } published && expires.Value <= published.Value)
        {
            reader.Error(entries["expires"], $"'expires' {expires.ToDisplayString()} is not after 'date' {published.ToDisplayString()}; an article must be current for a while before it expires");
            return null;
        }

        return expires;
    }

    /// <summary>A date key's value, or null with the error at its line: not a date (with <paramref name="example"/>), or outside the years.</summary>
    private static PublicationDate? ParseDate(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries, string key, string text, string example)
    {
        if (PublicationDate.TryParse(text, out var date, out var outsideYears))
        {
            return date;
        }

        reader.Error(entries[key], outsideYears
            ? string.Create(CultureInfo.InvariantCulture, $"'{key}' {text} is outside the years {PublicationDate.MinYear}–{PublicationDate.MaxYear}; correct the year")
            : $"'{key}' is not a date: '{text}' ({example})");
        return null;
    }

    private Section? ReadSection(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries, string sourceFile, List<GazetteError> errors)
    {
        var names = reader.NameList(entries, "section");
        if (names is null || names.Count == 0)
        {
            if (!entries.TryGetValue("section", out var node))
            {
                errors.Add(new GazetteError(sourceFile, 1, "'section' is required, e.g. section: [资讯中心, 新闻动态]"));
            }
            else if (names is not null)
            {
                reader.Error(node, "'section' is empty; name the 栏目 from the top of the tree, e.g. section: [资讯中心, 新闻动态]");
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

    private static string ReadId(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries, string sourceFile, string? seed, string? title, PublicationDate? date)
    {
        if (reader.String(entries, "slug") is { } slug)
        {
            if (!ArticleIds.IsWellFormed(slug))
            {
                reader.Error(entries["slug"], $"'slug' may hold only letters, digits, '-' and '_'; got '{slug}'");
            }
            else if (AddressRules.LengthProblem(slug) is { } problem)
            {
                reader.Error(entries["slug"], $"'slug' {problem}");
            }

            return slug;
        }

        if (seed is not null && ArticleIds.FromSeed(seed) is { } seedId)
        {
            return seedId;
        }

        // An article with files of its own lives in a folder of its own, input/…/{id}/index.md, which names it.
        if (ContentFiles.BundleFolderName(sourceFile) is { } folder && ArticleIds.IsWellFormed(folder) && AddressRules.LengthProblem(folder) is null)
        {
            return folder;
        }

        var key = $"{title}\n{date?.ToIsoString()}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
    }

    private static bool IsDraft(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries)
    {
        return reader.Boolean(entries, "draft") ?? false;
    }

    private static List<string> ReadTags(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries)
    {
        var tags = new List<string>();
        foreach (var tag in reader.NameList(entries, "tags") ?? [])
        {
            if (AddressRules.TagProblem(tag) is { } problem)
            {
                reader.Error(entries["tags"], $"tag '{tag}' {problem}; each tag names a folder under /tags/, so keep it a short plain name such as 就业");
            }
            else
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    private static List<string> ReadAliases(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries, SiteSettings settings)
    {
        var aliases = new List<string>();
        foreach (var alias in reader.StringList(entries, "aliases") ?? [])
        {
            if (AddressRules.OldAddressProblem(alias, settings.BaseUrl, settings.BasePath, out var path) is { } problem)
            {
                reader.Error(entries["aliases"], $"alias '{alias}' {problem}; write the old address as a path under base_path, e.g. /art/2021/1/8/art_123.html, or in full on this site's host for one outside it");
            }
            else
            {
                aliases.Add(path);
            }
        }

        return aliases;
    }

    private static string? ReadOldId(YamlReader reader, Dictionary<string, YamlDotNet.RepresentationModel.YamlNode> entries)
    {
        var oldId = reader.String(entries, "old_id");
        if (oldId is not null && AddressRules.SegmentProblem(oldId) is { } problem)
        {
            reader.Error(entries["old_id"], $"'old_id' '{oldId}' {problem}; it fills {{old_id}} of old_addresses, so it must be one plain name such as e0b2ebfcac031705");
            return null;
        }

        return oldId;
    }
}
