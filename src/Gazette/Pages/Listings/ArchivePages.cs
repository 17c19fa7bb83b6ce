using System.Globalization;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Pages.Listings;

/// <summary>The archive: <c>/archive/</c> lists the years, <c>/archive/2021/</c> a year, <c>/archive/2021/01/</c> a month, each with counts.</summary>
internal sealed class ArchivePages : IPageProducer
{
    /// <inheritdoc />
    public string Name => "archive";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var views = context.Views;
        var archive = views.Link("归档", SiteLayout.Archive);
        var requests = new List<ListingRequest>
        {
            new() { Folder = SiteLayout.Archive, Title = "归档", Heading = "按年份浏览", Breadcrumbs = [views.Home, archive], Groups = views.YearLinks },
        };

        foreach (var year in context.Index.Months.GroupBy(m => m.Year))
        {
            var yearCrumb = views.Link(YearName(year.Key), SiteLayout.ArchiveYear(year.Key));
            requests.Add(new ListingRequest
            {
                Folder = SiteLayout.ArchiveYear(year.Key),
                Title = YearName(year.Key),
                Breadcrumbs = [views.Home, archive, yearCrumb],
                Articles = [.. year.SelectMany(m => m.Articles)],
                Groups = [.. year.Select(m => new CountLinkView(MonthName(m.Year, m.Month), context.Settings.Link(SiteLayout.ArchiveMonth(m.Year, m.Month)), m.Articles.Length))],
            });

            foreach (var month in year)
            {
                var name = MonthName(month.Year, month.Month);
                var folder = SiteLayout.ArchiveMonth(month.Year, month.Month);
                requests.Add(new ListingRequest
                {
                    Folder = folder,
                    Title = name,
                    Breadcrumbs = [views.Home, archive, yearCrumb, views.Link(name, folder)],
                    Articles = month.Articles,
                });
            }
        }

        return ListingRenderer.RenderAll(context, requests, cancellationToken);
    }

    private static string YearName(int year) => year.ToString(CultureInfo.InvariantCulture) + "年";

    private static string MonthName(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月");
}
