using Gazette.Tests.Support;

namespace Gazette.Tests.Pages;

/// <summary>The search page and index as the build writes them: on by default, off with <c>search: false</c>, rewritten only where the text changed.</summary>
public sealed class SearchPageTests
{
    [Fact]
    public async Task Every_page_carries_a_search_box_that_sends_its_query_to_the_search_page_under_base_path()
    {
        using var site = GeneratedSite.Create("/news/");
        await site.BuildAsync();

        // Every page but the redirect pages at old addresses, which are small pages of their own.
        var pages = site.Snapshot().Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && !f.Key.StartsWith("art/", StringComparison.Ordinal) && !f.Key.StartsWith("old/", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 50);
        Assert.All(pages, p => Assert.Contains("<form class=\"site-search\" action=\"/news/search.html\" method=\"get\" role=\"search\"", System.Text.Encoding.UTF8.GetString(p.Value), StringComparison.Ordinal));
        var search = site.ReadOutput("search.html");
        Assert.Contains("name=\"q\"", search, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", search, StringComparison.Ordinal);
        Assert.Matches("data-index=\"/news/search/[0-9a-f]{10}\\.json\"", search);
        Assert.DoesNotContain("search.html", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_false_writes_no_index_no_search_page_and_no_search_box()
    {
        using var site = GeneratedSite.Create();
        site.Write("input/_site.yml", GeneratedSite.Settings() + "search: false\n");
        await site.BuildAsync();

        var output = site.Snapshot();
        Assert.DoesNotContain(output.Keys, k => k.StartsWith("search", StringComparison.Ordinal));
        Assert.DoesNotContain("site-search", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_edit_rewrites_a_few_shards_and_a_rebuild_with_nothing_changed_writes_nothing()
    {
        using var site = GeneratedSite.Create();
        await site.BuildAsync();
        var before = site.Snapshot().Where(f => f.Key.EndsWith(".bin", StringComparison.Ordinal)).Select(f => f.Key).ToHashSet();

        var file = "input/generated/a07.md";
        site.Write(file, site.Read(file) + "\n\n补充说明：社保卡换领。\n");
        await site.BuildAsync();
        var after = site.Snapshot().Where(f => f.Key.EndsWith(".bin", StringComparison.Ordinal)).Select(f => f.Key).ToHashSet();
        var unchanged = await site.BuildAsync();

        Assert.True(before.Count >= 16);
        var rewritten = after.Except(before).Count();
        // The added line holds ten characters, so 9 pairs, each with a document list and a place list: only their
        // shards can change; the rest keep their files.
        Assert.InRange(rewritten, 1, 18);
        Assert.True(rewritten < before.Count);
        Assert.True(unchanged.UpToDate);
        Assert.Equal(0, unchanged.Changed);
    }
}
