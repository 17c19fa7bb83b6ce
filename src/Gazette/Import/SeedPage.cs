using System.Collections.Immutable;
using Gazette.Site;

namespace Gazette.Import;

/// <summary>What the importer read from one seed: the article's fields, its body paragraphs, and the site facts in its footer.</summary>
/// <param name="Title">The headline, or null when none was found with confidence.</param>
/// <param name="Date">The publish date, or null when none was found.</param>
/// <param name="Source">来源, or null when the page gives none.</param>
/// <param name="Section">The section names from the breadcrumb, top first, without 首页.</param>
/// <param name="Paragraphs">The body paragraphs, verbatim, in reading order.</param>
/// <param name="Footer">Footer facts found on the page.</param>
public sealed record SeedPage(
    string? Title,
    PublicationDate? Date,
    string? Source,
    ImmutableArray<string> Section,
    ImmutableArray<string> Paragraphs,
    SiteFooter Footer)
{
    /// <summary>Why the page cannot be published without a person looking at it; empty when it can.</summary>
    public ImmutableArray<string> ReviewReasons
    {
        get
        {
            var reasons = ImmutableArray.CreateBuilder<string>();
            if (Title is null)
            {
                reasons.Add("no title found");
            }

            if (Date is null)
            {
                reasons.Add("no publish date found");
            }

            if (Section.IsEmpty)
            {
                reasons.Add("no section (breadcrumb) found");
            }

            return reasons.ToImmutable();
        }
    }
}
