using System.Collections.Immutable;
using Gazette.Site;

namespace Gazette.Theme.Views;

/// <summary>What the article layout sees as <c>article</c>.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Date">The visible date: <c>2021-01-08 13:28</c>, or the day alone when there is no time.</param>
/// <param name="DateIso">The machine-readable date for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="Source">来源; null when the page gave none.</param>
/// <param name="Summary">The summary, if any.</param>
/// <param name="Body">The body as HTML.</param>
/// <param name="PublicInformation">信息公开 fields.</param>
/// <param name="Tags">Topic tags, each linking to its tag page.</param>
/// <param name="Previous">上一篇: the next newer article of the same section, or null.</param>
/// <param name="Next">下一篇: the next older article of the same section, or null.</param>
/// <param name="Related">相关稿件: up to five articles alike in content, best first.</param>
/// <param name="StructuredData">A <c>&lt;script type="application/ld+json"&gt;</c> describing the article as a schema.org NewsArticle.</param>
/// <param name="PreviewNote">In the preview only, why the page is not public yet: 草稿, or 定时发布 and its date; null otherwise.</param>
/// <param name="ExpiryNote">Once the article's <c>expires</c> has passed, the banner saying so; null before.</param>
/// <param name="Attachments">The files of its own folder that are not images, as the 附件 list shows them.</param>
internal sealed record ArticleView(
    string Title,
    string Date,
    string DateIso,
    string? Source,
    string? Summary,
    TrustedHtml Body,
    PublicInformation PublicInformation,
    ImmutableArray<LinkView> Tags,
    LinkView? Previous,
    LinkView? Next,
    ImmutableArray<ListItemView> Related,
    TrustedHtml StructuredData,
    string? PreviewNote = null,
    string? ExpiryNote = null,
    ImmutableArray<AttachmentView> Attachments = default)
{
    /// <summary>The files of its own folder that are not images; empty when none.</summary>
    public ImmutableArray<AttachmentView> Attachments { get; init; } = Attachments.IsDefault ? [] : Attachments;
}
