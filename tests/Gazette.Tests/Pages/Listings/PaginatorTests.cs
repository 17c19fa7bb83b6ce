using Gazette.Pages.Listings;


namespace Gazette.Tests.Pages.Listings;

public sealed class PaginatorTests
{
    [Theory]
    [InlineData(45, 20, 3)]
    [InlineData(40, 20, 2)]
    [InlineData(0, 20, 1)]
    [InlineData(1, 20, 1)]
    public void Counts_pages_with_one_for_an_empty_listing(int items, int size, int pages) =>
        Assert.Equal(pages, new Paginator("zxzx/", items, size).PageCount);

    [Fact]
    public void Names_pages_index_then_index_n()
    {
        var paginator = new Paginator("zxzx/", 100, 20);

        Assert.Equal(["zxzx/index.html", "zxzx/index_2.html", "zxzx/index_5.html"], new[] { 1, 2, 5 }.Select(paginator.FileOf));
        Assert.Equal("zxzx/", paginator.SitePathOf(1));
    }

    [Fact]
    public void Links_the_first_and_last_pages_and_two_on_each_side_of_the_current_one()
    {
        var view = new Paginator(string.Empty, 2500 * 20, 20).ViewOf(1200, path => "/" + path);

        Assert.Equal([1, 1198, 1199, 1200, 1201, 1202, 2500], view.Pages.Select(p => p.Number));
        Assert.Equal([false, true, false, false, false, false, true], view.Pages.Select(p => p.GapBefore));
        Assert.Equal("/index_1199.html", view.PreviousLink);
        Assert.Equal("/index_1201.html", view.NextLink);
        Assert.True(view.Pages.Single(p => p.Number == 1200).IsCurrent);
    }
}
