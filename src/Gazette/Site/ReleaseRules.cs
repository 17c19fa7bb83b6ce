namespace Gazette.Site;

/// <summary>
/// Which articles a build shows before (or after) their time. A published site shows neither drafts nor articles dated
/// in the future; <c>gazette build --future</c> shows the latter; the preview of <c>gazette serve</c> shows both, each
/// page under a banner saying it is not public yet.
/// </summary>
/// <param name="Drafts">Whether files with <c>draft: true</c> are read and shown.</param>
/// <param name="Future">Whether articles dated after the build's clock are shown.</param>
/// <param name="Banners">Whether a draft's or an early article's page says so in a banner (草稿 / 定时发布 …).</param>
public sealed record ReleaseRules(bool Drafts, bool Future, bool Banners)
{
    /// <summary>The public site: only articles that are neither drafts nor dated after now.</summary>
    public static ReleaseRules Publish { get; } = new(Drafts: false, Future: false, Banners: false);

    /// <summary>The public site with articles dated in the future published at once (<c>--future</c>).</summary>
    public static ReleaseRules PublishFuture { get; } = new(Drafts: false, Future: true, Banners: false);

    /// <summary>The preview: everything, drafts and scheduled articles under a banner.</summary>
    public static ReleaseRules Preview { get; } = new(Drafts: true, Future: true, Banners: true);

    /// <summary>A number that tells the rule sets apart, for the build's fingerprint.</summary>
    internal int Code => (Drafts ? 1 : 0) | (Future ? 2 : 0) | (Banners ? 4 : 0);
}
