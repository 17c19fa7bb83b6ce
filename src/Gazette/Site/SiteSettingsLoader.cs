using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Gazette.Diagnostics;
using Gazette.Text;
using Gazette.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gazette.Site;

/// <summary>Reads and checks <c>input/_site.yml</c>.</summary>
internal static partial class SiteSettingsLoader
{
    private static readonly string[] TopLevelKeys = ["title", "base_url", "base_path", "page_size", "feed_size", "old_addresses", "precompress", "sections", "default_section", "footer", "menu", "home", "search"];
    private static readonly string[] OldAddressPlaceholders = ["{old_path}", "{section}", "{yyyyMM}", "{yyyy}", "{MM}", "{dd}", "{old_id}", "{id}"];
    private static readonly string[] FooterKeys = [.. SiteFooter.Fields.Select(f => f.Key)];

    /// <summary>Parses settings text. Throws <see cref="GazetteException"/> listing every problem found.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The file name used in messages.</param>
    public static SiteSettings Parse(string text, string file)
    {
        var errors = new List<GazetteError>();
        var reader = new YamlReader(file, 0, errors);
        var root = reader.ParseMapping(text);
        if (root is null)
        {
            throw new GazetteException(errors);
        }

        var entries = reader.Entries(root, TopLevelKeys, "site settings");
        var title = ControlCharacters.OneLine(reader.String(entries, "title"));
        if (title is null)
        {
            Required(reader, entries, "title", "'title' is required: the site's name, e.g. 苏州市人力资源和社会保障局");
        }

        var baseUrl = ReadBaseUrl(reader, entries);
        var basePath = ReadBasePath(reader, entries);
        var pageSize = ReadSize(reader, entries, "page_size", SiteSettings.DefaultPageSize);
        var feedSize = ReadSize(reader, entries, "feed_size", SiteSettings.DefaultFeedSize);
        var oldAddresses = ReadOldAddresses(reader, entries, baseUrl, basePath);
        var precompress = reader.Boolean(entries, "precompress") ?? false;
        var search = reader.Boolean(entries, "search") ?? true;
        var sections = entries.TryGetValue("sections", out var sectionsNode)
            ? SectionSettings.Read(reader, sectionsNode, [], [])
            : [];
        var tree = new SectionTree(sections);
        var defaultSection = SectionSettings.ReadDefault(reader, entries, tree);
        var footer = entries.TryGetValue("footer", out var footerNode) ? ReadFooter(reader, footerNode) : new SiteFooter();
        var menu = NavigationSettings.ReadMenu(reader, entries, tree);
        var home = NavigationSettings.ReadHome(reader, entries, tree);

        if (errors.Count > 0)
        {
            throw new GazetteException(errors);
        }

        return new SiteSettings(title!, baseUrl!, basePath, pageSize, tree, footer, feedSize, oldAddresses, precompress) { DefaultSection = defaultSection, Menu = menu, Home = home, Search = search };
    }

    /// <summary>Loads the settings file from disk.</summary>
    public static async Task<SiteSettings> LoadAsync(SitePaths paths, CancellationToken cancellationToken)
    {
        var relative = paths.Relative(paths.SiteFile);
        if (!File.Exists(paths.SiteFile))
        {
            throw new GazetteException(new GazetteError(relative, null, "the site settings file is missing; run 'gazette import' or write it as the README shows"));
        }

        var text = SourceText.Decode(await File.ReadAllBytesAsync(paths.SiteFile, cancellationToken), relative, out var notText);
        return text is null ? throw new GazetteException(notText!) : Parse(text, relative);
    }

    /// <summary>Reports a required key at its line when it is there but empty, and at the file when it is missing.</summary>
    private static void Required(YamlReader reader, Dictionary<string, YamlNode> entries, string key, string message)
    {
        if (entries.TryGetValue(key, out var node))
        {
            reader.Error(node, message);
        }
        else
        {
            reader.FileError(message);
        }
    }

    private static string? ReadBaseUrl(YamlReader reader, Dictionary<string, YamlNode> entries)
    {
        var value = reader.String(entries, "base_url");
        if (value is null)
        {
            Required(reader, entries, "base_url", "'base_url' is required: the site's absolute address, e.g. https://rsj.suzhou.gov.cn");
            return null;
        }

        // Uri quietly drops some control characters and white space, so they are refused before it sees them.
        if (ControlCharacters.FirstForbidden(value, breaksToo: true) >= 0 || value.Any(char.IsWhiteSpace)
            || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            reader.Error(entries["base_url"], $"'base_url' must be an http or https address with no path, e.g. https://rsj.suzhou.gov.cn (put a sub-folder in base_path); got '{value}'");
            return null;
        }

        return value.TrimEnd('/');
    }

    private static string ReadBasePath(YamlReader reader, Dictionary<string, YamlNode> entries)
    {
        var value = reader.String(entries, "base_path") ?? "/";
        var trimmed = value.Trim('/');
        if (trimmed.Length > 0 && !trimmed.Split('/').All(segment => SectionSettings.SlugPattern().IsMatch(segment) && AddressRules.LengthProblem(segment) is null))
        {
            reader.Error(entries["base_path"], $"'base_path' must be a folder such as / or /news/ made of lower-case letters, digits, '-' and '_'; got '{value}'");
            return "/";
        }

        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }

    private static int ReadSize(YamlReader reader, Dictionary<string, YamlNode> entries, string key, int fallback)
    {
        var value = reader.String(entries, key);
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1 || size > 1000)
        {
            reader.Error(entries[key], $"'{key}' must be a whole number from 1 to 1000; got '{value}'");
            return fallback;
        }

        return size;
    }

    /// <summary>
    /// The <c>old_addresses</c> pattern as a path under <c>base_path</c>, or, written in full on the site's own host
    /// and outside <c>base_path</c>, as a path from the domain root marked with <see cref="AddressRules.DomainRootMark"/>.
    /// </summary>
    private static string? ReadOldAddresses(YamlReader reader, Dictionary<string, YamlNode> entries, string? baseUrl, string basePath)
    {
        var written = reader.String(entries, "old_addresses");
        if (written is null)
        {
            return null;
        }

        var value = written;
        var mark = string.Empty;
        if (AddressRules.IsFullAddress(written))
        {
            if (AddressRules.PathOnSiteHost(written, baseUrl) is not { } path)
            {
                reader.Error(entries["old_addresses"], $"'old_addresses' written in full must be on the site's own host ({baseUrl}); got '{written}'");
                return null;
            }

            value = AddressRules.Kept(path, basePath);
            if (value.StartsWith(AddressRules.DomainRootMark, StringComparison.Ordinal))
            {
                (mark, value) = (AddressRules.DomainRootMark, value[AddressRules.DomainRootMark.Length..]);
            }
        }

        if (!value.StartsWith('/') || value.Contains("..", StringComparison.Ordinal) || !value.Contains("{id}", StringComparison.Ordinal) && !value.Contains("{old_id}", StringComparison.Ordinal))
        {
            reader.Error(entries["old_addresses"], $"'old_addresses' must be a path starting with / that names the article by {{id}} or {{old_id}}, e.g. /{{old_path}}/{{yyyyMM}}/{{old_id}}.shtml; got '{written}'");
            return null;
        }

        // Every placeholder stands for a checked name, so the pattern's own text is checked as if each were one.
        var filled = OldAddressPlaceholders.Aggregate(value, (text, placeholder) => text.Replace(placeholder, "x", StringComparison.Ordinal));
        if (PlaceholderPattern().Match(filled) is { Success: true } unknown)
        {
            reader.Error(entries["old_addresses"], $"'old_addresses' has an unknown placeholder {unknown.Value}; the placeholders are {string.Join(", ", OldAddressPlaceholders)}");
            return null;
        }

        if (AddressRules.PathProblem(filled[1..], finalSlashAllowed: true) is { } problem)
        {
            reader.Error(entries["old_addresses"], $"'old_addresses' '{written}' {problem}");
            return null;
        }

        return mark + value;
    }

    private static SiteFooter ReadFooter(YamlReader reader, YamlNode node)
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return new SiteFooter();
        }

        if (node is not YamlMappingNode mapping)
        {
            reader.Error(node, "'footer' must be key: value pairs such as 'sponsor: …'");
            return new SiteFooter();
        }

        var entries = reader.Entries(mapping, FooterKeys, "footer");
        string? Text(string key) => ControlCharacters.OneLine(reader.String(entries, key));
        return SiteFooter.From(field => Text(field.Key));
    }


    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
