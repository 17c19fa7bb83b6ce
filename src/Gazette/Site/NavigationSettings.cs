using System.Collections.Immutable;
using System.Globalization;
using Gazette.Text;
using Gazette.Yaml;
using YamlDotNet.RepresentationModel;

namespace Gazette.Site;

/// <summary>Reads the header menu (<c>menu:</c>) and the home page's column blocks (<c>home:</c>) of <c>_site.yml</c>.</summary>
internal static class NavigationSettings
{
    private static readonly string[] MenuKeys = ["section", "page", "name", "url"];
    private static readonly string[] HomeKeys = ["section", "count"];
    private static readonly string[] MenuKinds = ["section", "page", "url"];

    /// <summary>The menu's items in order; null when <c>_site.yml</c> has no <c>menu:</c> (the default menu then applies).</summary>
    public static ImmutableArray<MenuEntry>? ReadMenu(YamlReader reader, Dictionary<string, YamlNode> entries, SectionTree sections)
    {
        if (Items(reader, entries, "menu", "- section: 资讯中心, - page: gywm, or - name: … with url: …") is not { } items)
        {
            return null;
        }

        var menu = ImmutableArray.CreateBuilder<MenuEntry>();
        foreach (var item in items)
        {
            var keys = reader.Entries(item, MenuKeys, "menu item");
            var line = reader.LineOf(item);
            var name = ControlCharacters.OneLine(reader.String(keys, "name"));
            var kinds = MenuKinds.Where(keys.ContainsKey).ToList();
            if (kinds.Count != 1)
            {
                reader.Error(item, "a menu item is one of 'section: 资讯中心' (a column), 'page: gywm' (a page's slug) or 'name: …' with 'url: https://…' (a link elsewhere)");
                continue;
            }

            switch (kinds[0])
            {
                case "section" when SectionOf(reader, keys, sections) is { } section:
                    menu.Add(new MenuEntry(line, Section: section, Name: name));
                    break;
                case "page" when reader.String(keys, "page") is { } slug:
                    menu.Add(new MenuEntry(line, PageSlug: slug, Name: name));
                    break;
                case "url" when ExternalUrl(reader, keys) is { } url:
                    if (name is null)
                    {
                        reader.Error(item, $"the menu link to {url} needs a 'name', the text the menu shows");
                        continue;
                    }

                    menu.Add(new MenuEntry(line, Name: name, Url: url));
                    break;
            }
        }

        return menu.ToImmutable();
    }

    /// <summary>The home page's blocks; null when <c>_site.yml</c> has no <c>home:</c> (the default blocks then apply).</summary>
    public static ImmutableArray<HomeBlock>? ReadHome(YamlReader reader, Dictionary<string, YamlNode> entries, SectionTree sections)
    {
        if (Items(reader, entries, "home", "- section: 资讯中心/新闻动态 with an optional count: 8") is not { } items)
        {
            return null;
        }

        var blocks = ImmutableArray.CreateBuilder<HomeBlock>();
        foreach (var item in items)
        {
            var keys = reader.Entries(item, HomeKeys, "home block");
            if (!keys.ContainsKey("section"))
            {
                reader.Error(item, "a home block names its column: section: 资讯中心/新闻动态 (names or slugs from the top)");
                continue;
            }

            var count = HomeBlock.DefaultCount;
            if (reader.String(keys, "count") is { } text
                && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > 50))
            {
                reader.Error(keys["count"], $"'count' must be a whole number from 1 to 50; got '{text}'");
                continue;
            }

            if (SectionOf(reader, keys, sections) is { } section)
            {
                blocks.Add(new HomeBlock(section, count));
            }
        }

        return blocks.ToImmutable();
    }

    /// <summary>A list of mappings under <paramref name="key"/>; null when the key is absent or empty.</summary>
    private static List<YamlMappingNode>? Items(YamlReader reader, Dictionary<string, YamlNode> entries, string key, string example)
    {
        if (!entries.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            reader.Error(node, $"'{key}' must be a list, each item on a line of its own starting with '- ': {example}");
            return [];
        }

        var items = new List<YamlMappingNode>();
        foreach (var child in sequence.Children)
        {
            if (child is YamlMappingNode mapping)
            {
                items.Add(mapping);
            }
            else
            {
                reader.Error(child, $"each item of '{key}' is a few 'key: value' lines: {example}");
            }
        }

        return items;
    }

    /// <summary>
    /// The section a <c>section:</c> names: names from the top as a list (<c>[资讯中心, 新闻动态]</c>) or as a path of names
    /// or slugs (<c>资讯中心/新闻动态</c>, <c>zxzx/xwdt</c>).
    /// </summary>
    private static Section? SectionOf(YamlReader reader, Dictionary<string, YamlNode> keys, SectionTree sections)
    {
        var names = reader.NameList(keys, "section") ?? [];
        var segments = names.SelectMany(n => n.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (sections.Find(segments) is { } byName)
        {
            return byName;
        }

        if (segments.Count > 0 && sections.FindByFolder(segments) is { } section && section.Names.Length == segments.Count)
        {
            return section;
        }

        reader.Error(keys["section"], $"section '{string.Join('/', segments)}' is not in 'sections'; give a column's names or slugs from the top, e.g. 资讯中心/新闻动态 or zxzx/xwdt");
        return null;
    }

    /// <summary>An <c>http</c> or <c>https</c> address for a menu link to another site.</summary>
    private static string? ExternalUrl(YamlReader reader, Dictionary<string, YamlNode> keys)
    {
        var url = reader.String(keys, "url");
        if (url is not null && ControlCharacters.FirstForbidden(url, breaksToo: true) < 0 && !url.Any(char.IsWhiteSpace)
            && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return url;
        }

        reader.Error(keys.GetValueOrDefault("url") ?? keys.First().Value, $"a menu link's 'url' must be an http or https address, e.g. https://www.jszwfw.gov.cn/; got '{url}'. Link the site's own columns with 'section:' and its pages with 'page:'");
        return null;
    }
}
