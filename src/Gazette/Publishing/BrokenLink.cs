namespace Gazette.Publishing;

/// <summary>A link in the built site that leads nowhere.</summary>
/// <param name="Page">The page holding the link, under the site root.</param>
/// <param name="Link">The link as written.</param>
internal sealed record BrokenLink(string Page, string Link);
