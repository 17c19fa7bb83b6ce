using Gazette.Site;

namespace Gazette.Pages;

/// <summary>A page search engines should know about.</summary>
/// <param name="Link">Its root-relative address under the base path.</param>
/// <param name="LastModified">When its content last changed: the newest article it shows.</param>
internal sealed record SitemapEntry(string Link, PublicationDate LastModified);
