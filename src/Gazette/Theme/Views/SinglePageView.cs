namespace Gazette.Theme.Views;

/// <summary>What the page layout sees as <c>single_page</c>: a 单页 such as 关于我们.</summary>
/// <param name="Title">The heading.</param>
/// <param name="Updated">When it was last revised, for display; null when the file does not say.</param>
/// <param name="UpdatedIso">The same for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="Body">The body as HTML.</param>
/// <param name="Attachments">The files of its own folder that are not images, as the 附件 list shows them.</param>
internal sealed record SinglePageView(string Title, string? Updated, string? UpdatedIso, TrustedHtml Body, System.Collections.Immutable.ImmutableArray<AttachmentView> Attachments);
