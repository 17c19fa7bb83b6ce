using Gazette.Content;
using Gazette.Site;
using Gazette.Tests.Support;

namespace Gazette.Tests.Content;

public sealed class ReleaseScheduleTests
{
    private static readonly SiteSettings Settings = SiteSettingsLoader.Parse(TestSite.Settings, "input/_site.yml");

    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.FromHours(8));

    private static Article Article(string file, string date, string extra = "")
    {
        var errors = new List<Gazette.Diagnostics.GazetteError>();
        return new ArticleReader(Settings, readDrafts: true).Read(file, TestSite.Article(file, date, "[政务公开]", extra: extra), errors, out _)
            ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    [Fact]
    public void A_published_build_holds_articles_dated_after_now_and_says_when_they_come_out()
    {
        var articles = new[] { Article("a", "2026-12-06T11:59:00+08:00"), Article("b", "2026-12-06T12:01:00+08:00"), Article("c", "2027-01-01T09:00:00+08:00") };

        var schedule = ReleaseSchedule.Apply(articles, ReleaseRules.Publish, Now);

        Assert.Equal(["a"], schedule.Shown.Select(a => a.Title));
        Assert.Equal(["scheduled for 2026-12-06 12:01", "scheduled for 2027-01-01 09:00"], schedule.Held.Select(h => h.Reason));
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 12, 1, 0, TimeSpan.FromHours(8)), schedule.NextChange);
    }

    [Fact]
    public void An_article_dated_exactly_now_is_out()
    {
        var schedule = ReleaseSchedule.Apply([Article("a", "2026-12-06T12:00:00+08:00")], ReleaseRules.Publish, Now);

        Assert.Single(schedule.Shown);
        Assert.Null(schedule.NextChange);
    }

    [Fact]
    public void Future_shows_every_article_and_nothing_changes_with_time_but_an_expiry()
    {
        var articles = new[] { Article("a", "2027-01-01"), Article("b", "2026-01-01", "expires: 2027-03-01\n") };

        var schedule = ReleaseSchedule.Apply(articles, ReleaseRules.PublishFuture, Now);

        Assert.Equal(2, schedule.Shown.Count);
        Assert.Empty(schedule.Held);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.FromHours(8)), schedule.NextChange);
    }

    [Fact]
    public void The_preview_changes_when_an_early_article_s_banner_must_go()
    {
        var schedule = ReleaseSchedule.Apply([Article("a", "2027-01-01")], ReleaseRules.Preview, Now);

        Assert.Single(schedule.Shown);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), schedule.NextChange);
    }

    [Fact]
    public void A_past_expiry_is_no_next_change()
    {
        var schedule = ReleaseSchedule.Apply([Article("a", "2026-01-01", "expires: 2026-06-01\n")], ReleaseRules.Publish, Now);

        Assert.Single(schedule.Shown);
        Assert.Null(schedule.NextChange);
    }
}
