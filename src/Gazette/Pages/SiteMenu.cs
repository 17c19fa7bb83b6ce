using System.Collections.Immutable;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>
/// The header menu: <c>_site.yml</c>'s <c>menu:</c> in its order, or by default each top column that has articles,
/// then the pages whose front matter says <c>menu</c>. A column brings its sub-columns that have articles, every level,
/// so that a phone reaches them from the menu; a column or page that is not published is left out.
/// </summary>
internal static class SiteMenu
{
    /// <summary>The menu's items, and warnings for <c>menu:</c> items naming a page that is not published.</summary>
    public static (ImmutableArray<MenuItemView> Items, ImmutableArray<GazetteError> Warnings) Of(SiteSettings settings, SiteIndex index, ImmutableArray<SinglePage> pages)
    {
        var items = ImmutableArray.CreateBuilder<MenuItemView>();
        var warnings = ImmutableArray.CreateBuilder<GazetteError>();
        if (settings.Menu is not { } entries)
        {
            items.AddRange(settings.Sections.Roots.Where(index.IsPublished).Select(s => Column(settings, index, s, null)));
            items.AddRange(pages.Where(p => p.MenuName is not null).Select(p => Page(settings, p, p.MenuName)));
            return (items.ToImmutable(), []);
        }

        var bySlug = pages.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Section is { } section)
            {
                if (index.IsPublished(section))
                {
                    items.Add(Column(settings, index, section, entry.Name));
                }
            }
            else if (entry.PageSlug is { } slug)
            {
                if (bySlug.TryGetValue(slug, out var page))
                {
                    items.Add(Page(settings, page, entry.Name ?? page.MenuName));
                }
                else
                {
                    warnings.Add(new GazetteError("input/" + SitePaths.SiteSettingsFileName, entry.Line, $"the menu names the page '{slug}', but no page with that slug is published (a file with type: page, or under input/{Content.ContentFiles.PagesFolder}/); it is left out of the menu"));
                }
            }
            else
            {
                items.Add(new MenuItemView(entry.Name!, entry.Url!, IsExternal: true, []));
            }
        }

        return (items.ToImmutable(), warnings.ToImmutable());
    }

    private static MenuItemView Column(SiteSettings settings, SiteIndex index, Section section, string? name) =>
        new(
            name ?? section.Name,
            settings.Link(section.SlugPath + "/"),
            IsExternal: false,
            [.. section.SelfAndDescendants().Skip(1).Where(index.IsPublished)
                .Select(s => new MenuChildView(s.Name, settings.Link(s.SlugPath + "/"), s.Names.Length - section.Names.Length))]);

    private static MenuItemView Page(SiteSettings settings, SinglePage page, string? name) =>
        new(name ?? page.Title, settings.Link(page.Folder), IsExternal: false, []);
}
