using System.Globalization;
using System.Text.RegularExpressions;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Text;
using Gazette.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gazette.Content;

/// <summary>Turns one page's Markdown file (<c>type: page</c>, or any file under <c>input/pages/</c>) into a <see cref="SinglePage"/>.</summary>
/// <param name="markdown">The pipeline that finds links and images to warn about; none are looked for without it.</param>
/// <param name="readDrafts">Whether a draft is read (for the preview) rather than left out.</param>
internal sealed partial class SinglePageReader(MarkdownRenderer? markdown = null, bool readDrafts = false)
{
    private static readonly string[] KnownKeys = ["type", "title", "slug", "summary", "menu", "weight", "date", "draft", "review"];

    /// <summary>Whether a file is a page: it sits under <c>input/pages/</c>, or its front matter says <c>type: page</c>.</summary>
    public static bool IsPage(string sourceFile, string text) =>
        ContentFiles.IsInPagesFolder(sourceFile) || (FrontMatterDocument.YamlOf(text) is { } yaml && PageType().IsMatch(yaml));

    /// <summary>
    /// Reads a page. Returns it, or null with <paramref name="excluded"/> set for a draft or a file awaiting review, or
    /// null with the problems added to <paramref name="errors"/>.
    /// </summary>
    public SinglePage? Read(string sourceFile, string text, List<GazetteError> errors, out ExcludedArticle? excluded, List<GazetteError>? warnings = null)
    {
        excluded = null;
        if (FrontMatterDocument.Split(text, out var problem) is not { } document)
        {
            errors.Add(new GazetteError(sourceFile, 1, problem!.Replace("title, date and section", "type: page and title", StringComparison.Ordinal)));
            return null;
        }

        var fileErrors = new List<GazetteError>();
        var reader = new YamlReader(sourceFile, 1, fileErrors);
        if (reader.ParseMapping(document.Yaml) is not { } mapping)
        {
            errors.AddRange(fileErrors);
            return null;
        }

        var entries = reader.Entries(mapping, KnownKeys, "page front matter");
        if (reader.String(entries, "review") is { } review)
        {
            excluded = new ExcludedArticle(sourceFile, "review: " + (ControlCharacters.OneLine(review) ?? "(no reason given)"));
            return null;
        }

        var draft = reader.Boolean(entries, "draft") ?? false;
        if (draft && !readDrafts)
        {
            excluded = new ExcludedArticle(sourceFile, "draft");
            return null;
        }

        if (reader.String(entries, "type") is { } type && type != "page")
        {
            reader.Error(entries["type"], $"a file under input/{ContentFiles.PagesFolder}/ is a page: 'type' is 'page' or left out; got '{type}'. Put articles in the folders of their 栏目");
        }

        var title = ControlCharacters.OneLine(reader.String(entries, "title"));
        if (title is null)
        {
            fileErrors.Add(new GazetteError(sourceFile, 1, "'title' is required, e.g. title: 关于我们"));
        }

        var slug = ReadSlug(reader, entries, sourceFile, fileErrors);
        var menu = ReadMenu(reader, entries, title);
        var weight = ReadWeight(reader, entries);
        var updated = reader.String(entries, "date") is { } dateText ? ReadDate(reader, entries, dateText) : null;
        var body = ControlCharacters.Remove(document.Body);
        BodyLimits.Check(sourceFile, body, document.BodyLine, fileErrors);
        if (fileErrors.Count == 0 && warnings is not null)
        {
            BodyWarnings.Find(markdown, sourceFile, body, document.BodyLine, fileErrors, warnings);
        }

        if (fileErrors.Count > 0)
        {
            errors.AddRange(fileErrors);
            return null;
        }

        return new SinglePage(sourceFile, slug!, title!, ControlCharacters.OneLine(reader.String(entries, "summary")), menu, weight, updated, new ArticleBody(body))
        {
            IsDraft = draft,
        };
    }

    /// <summary>The page's folder: <c>slug</c>, else the file's name (<c>gywm.md</c>) or its folder's (<c>gywm/index.md</c>).</summary>
    private static string? ReadSlug(YamlReader reader, Dictionary<string, YamlNode> entries, string sourceFile, List<GazetteError> errors)
    {
        var written = reader.String(entries, "slug");
        var slug = written ?? ContentFiles.BundleFolderName(sourceFile) ?? Path.GetFileNameWithoutExtension(sourceFile);
        if (ArticleIds.IsWellFormed(slug) && AddressRules.LengthProblem(slug) is null)
        {
            return slug;
        }

        var problem = $"the page's address would be /{slug}/, but an address may hold only letters, digits, '-' and '_' (at most 100)";
        if (written is not null)
        {
            reader.Error(entries["slug"], $"'slug' {problem}; got '{written}'");
        }
        else
        {
            errors.Add(new GazetteError(sourceFile, 1, $"{problem}; give the page a 'slug', e.g. slug: gywm for 关于我们"));
        }

        return null;
    }

    /// <summary><c>menu: true</c> puts the page in the header menu under its title, <c>menu: 简称</c> under that name.</summary>
    private static string? ReadMenu(YamlReader reader, Dictionary<string, YamlNode> entries, string? title)
    {
        if (!entries.TryGetValue("menu", out var node) || reader.String(entries, "menu") is not { } value)
        {
            return null;
        }

        var plain = node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain };
        return value switch
        {
            "true" or "True" or "TRUE" when plain => title,
            "false" or "False" or "FALSE" when plain => null,
            _ => ControlCharacters.OneLine(value),
        };
    }

    private static int ReadWeight(YamlReader reader, Dictionary<string, YamlNode> entries)
    {
        if (reader.String(entries, "weight") is not { } text)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var weight) && Math.Abs(weight) <= 1_000_000)
        {
            return weight;
        }

        reader.Error(entries["weight"], $"'weight' must be a whole number (lower comes first), e.g. weight: 10; got '{text}'");
        return 0;
    }

    private static PublicationDate? ReadDate(YamlReader reader, Dictionary<string, YamlNode> entries, string text)
    {
        if (PublicationDate.TryParse(text, out var date))
        {
            return date;
        }

        reader.Error(entries["date"], $"'date' is when the page was last revised, e.g. date: 2024-03-15; got '{text}'");
        return null;
    }

    [GeneratedRegex(@"^type:[ \t]*[""']?page[""']?[ \t]*(#.*)?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PageType();
}
