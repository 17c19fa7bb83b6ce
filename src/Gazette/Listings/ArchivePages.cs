using System.Collections.Immutable;
using System.Globalization;
using Gazette.Engine;
using Gazette.Output;
using Gazette.Publishing;
using Gazette.Site;
using Gazette.Theme.Views;

namespace Gazette.Listings;

/// <summary>The archive: <c>/archive/</c> lists the years, <c>/archive/2021/</c> a year, <c>/archive/2021/01/</c> a month, each with counts.</summary>
public sealed class ArchivePages : IPipeline
{
    /// <inheritdoc />
    public string Name => "archive";

    /// <inheritdoc />
    public Task<PipelineOutput> RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var requests = new List<ListingRequest>();
        var settings = context.Settings;
        var years = context.Months.GroupBy(m => m.Year).ToList();
        var home = new LinkView("首页", settings.Link(string.Empty));
        var archive = new LinkView("归档", settings.Link(SiteLayout.Archive));

        requests.Add(new ListingRequest(SiteLayout.Archive, "归档", "按年份浏览", null, null, null, [home, archive], [], context.YearLinks, context.SiteView.AtomLink));

        foreach (var year in years)
        {
            var yearCrumb = new LinkView(YearName(year.Key), settings.Link(SiteLayout.ArchiveYear(year.Key)));
            var monthLinks = year.Select(m => new CountLinkView(MonthName(m.Year, m.Month), settings.Link(SiteLayout.ArchiveMonth(m.Year, m.Month)), m.Articles.Length));
            requests.Add(new ListingRequest(
                    SiteLayout.ArchiveYear(year.Key),
                    YearName(year.Key),
                    YearName(year.Key),
                    null,
                    null,
                    null,
                    [home, archive, yearCrumb],
                    [.. year.SelectMany(m => m.Articles)],
                    [.. monthLinks],
                    context.SiteView.AtomLink));

            foreach (var month in year)
            {
                var name = MonthName(month.Year, month.Month);
                requests.Add(new ListingRequest(
                        SiteLayout.ArchiveMonth(month.Year, month.Month),
                        name,
                        name,
                        null,
                        null,
                        null,
                        [home, archive, yearCrumb, new LinkView(name, settings.Link(SiteLayout.ArchiveMonth(month.Year, month.Month)))],
                        month.Articles,
                        [],
                        context.SiteView.AtomLink));
            }
        }

        return Task.FromResult(ListingRenderer.RenderAll(context, requests, cancellationToken));
    }

    private static string YearName(int year) => year.ToString(CultureInfo.InvariantCulture) + "年";

    private static string MonthName(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月");
}
