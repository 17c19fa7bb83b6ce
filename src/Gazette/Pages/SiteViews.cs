using System.Collections.Immutable;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Pages;

/// <summary>
/// The one place the small views are made: the site, a page, a link to an article or a section, a list item, the
/// breadcrumb trail, the year and tag links. Every producer asks here, so a view looks the same on every page.
/// </summary>
internal sealed class SiteViews
{
    private readonly SiteSettings _settings;
    private readonly SiteIndex _index;

    // An article is listed on many pages of a build (its sections', its year's and month's, its tags', the home page,
    // the related lists of others): its item, three strings made from its address and date, is made once. Found by
    // reference, since comparing records field by field would cost more than making the item.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Article, ListItemView> _listItems = new(ReferenceEqualityComparer.Instance);

    /// <summary>Makes the views of a site.</summary>
    public SiteViews(SiteSettings settings, SiteIndex index, ImmutableArray<SinglePage> pages, string stylesheetPath)
    {
        _settings = settings;
        _index = index;
        Home = new LinkView("首页", settings.Link(string.Empty));
        var (menu, menuWarnings) = SiteMenu.Of(settings, index, pages);
        MenuWarnings = menuWarnings;
        Site = new SiteView(
            settings.Title,
            settings.Domain,
            settings.BaseUrl,
            Home.Link,
            settings.Link(stylesheetPath),
            settings.Footer,
            menu,
            settings.Link(SiteLayout.SiteMapPage),
            settings.Link(SiteLayout.Archive),
            index.Tags.IsEmpty ? null : settings.Link(SiteLayout.Tags),
            settings.Link(SiteLayout.AtomFeed(string.Empty)),
            settings.Link(SiteLayout.RssFeed(string.Empty)),
            settings.Search ? settings.Link(SiteLayout.SearchPage) : null);
    }

    /// <summary>What templates see as <c>site</c>.</summary>
    public SiteView Site { get; }

    /// <summary>Warnings about <c>menu:</c> items that name no published page.</summary>
    public ImmutableArray<GazetteError> MenuWarnings { get; }

    /// <summary>首页, the first crumb of every trail.</summary>
    public LinkView Home { get; }

    /// <summary>
    /// What templates see as <c>page</c>. <paramref name="column"/> is the section the page belongs to (its
    /// ColumnName and ColumnType); the feed is the site's unless <paramref name="feedLink"/> names another.
    /// </summary>
    public PageView Page(string kind, string title, string sitePath, ImmutableArray<LinkView> breadcrumbs, Section? column = null, string? description = null, string? feedLink = null) =>
        new(kind, title, _settings.Link(sitePath), _settings.AbsoluteLink(sitePath), column?.Name, column?.Type, description, breadcrumbs, feedLink ?? Site.AtomLink);

    /// <summary>A link named <paramref name="name"/> to a page of the site.</summary>
    public LinkView Link(string name, string sitePath) => new(name, _settings.Link(sitePath));

    /// <summary>A link to an article, named by its title.</summary>
    public LinkView Link(Article article) => Link(article.Title, article.SitePath);

    /// <summary>A link to a section's listing.</summary>
    public LinkView Section(Section section) => Link(section.Name, section.SlugPath + "/");

    /// <summary>The Atom feed of a section.</summary>
    public string FeedOf(Section section) => _settings.Link(SiteLayout.AtomFeed(section.SlugPath + "/"));

    /// <summary>An article as a list item.</summary>
    public ListItemView ListItem(Article article) => _listItems.GetOrAdd(article, static (article, settings) =>
        new(article.Title, settings.Link(article.SitePath), article.Date.ToDayString(), article.Date.ToIsoString(), article.Section.Name), _settings);

    /// <summary>A column's block: its name, its newest <paramref name="count"/> listed articles and 更多>> to its listing; null when it lists none.</summary>
    public ColumnBlockView? Block(Section section, int count, string? name = null) =>
        _index.ListedIn(section) is { IsEmpty: false } listed
            ? new ColumnBlockView(name ?? section.Name, _settings.Link(section.SlugPath + "/"), [.. listed.Take(count).Select(ListItem)])
            : null;

    /// <summary>The 附件 list of an article or page: the files of its own folder that are not images.</summary>
    public ImmutableArray<AttachmentView> Attachments(ImmutableArray<Attachment> files) =>
        [.. files.Where(f => !f.IsImage).Select(f => new AttachmentView(f.Name, _settings.Link(f.SitePath), FileKinds.NameOf(f.Name), FileKinds.SizeOf(f.Size)))];

    /// <summary>The breadcrumb trail to a section: 首页, then each section from the top down.</summary>
    public ImmutableArray<LinkView> BreadcrumbsTo(Section section)
    {
        var trail = ImmutableArray.CreateBuilder<LinkView>(section.Names.Length + 1);
        trail.Add(Home);
        for (var depth = 1; depth <= section.Names.Length; depth++)
        {
            trail.Add(Link(section.Names[depth - 1], string.Join('/', section.Slugs.Take(depth)) + "/"));
        }

        return trail.MoveToImmutable();
    }

    /// <summary>The archive's years as links with their article counts, newest first (shown by the archive and the 网站地图).</summary>
    public ImmutableArray<CountLinkView> YearLinks => [.. _index.Months.GroupBy(m => m.Year).Select(y => new CountLinkView(
        FormattableString.Invariant($"{y.Key}年"), _settings.Link(SiteLayout.ArchiveYear(y.Key)), y.Sum(m => m.Articles.Length)))];

    /// <summary>The tags as links with their article counts, most used first (shown by the tag index and the 网站地图).</summary>
    public ImmutableArray<CountLinkView> TagLinks => [.. _index.Tags.Select(t => new CountLinkView(t.Tag, _settings.Link(SiteLayout.Tag(t.Tag)), t.Articles.Length))];
}
