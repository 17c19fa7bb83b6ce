using System.Collections.Immutable;
using Gazette.Site;

namespace Gazette.Import.Parsing;

/// <summary>What the importer read from one seed: the article's fields, its body, and the site facts in its footer.</summary>
/// <param name="Title">The headline, or null when none was found with confidence.</param>
/// <param name="Date">The publish date, or null when the page gives none.</param>
/// <param name="Source">来源, or null when the page gives none.</param>
/// <param name="Section">The section names from the breadcrumb, top first, without 首页.</param>
/// <param name="Body">The body in reading order: paragraphs verbatim (indentation aside) and rebuilt tables.</param>
/// <param name="PublicInformation">信息公开 fields and the archive stamp.</param>
/// <param name="Footer">Footer facts found on the page.</param>
internal sealed record SeedPage(
    string? Title,
    PublicationDate? Date,
    string? Source,
    ImmutableArray<string> Section,
    ImmutableArray<SeedBlock> Body,
    PublicInformation PublicInformation,
    SiteFooter Footer)
{
    /// <summary>The text of the body's paragraphs, tables left out.</summary>
    public IEnumerable<string> Paragraphs => Body.OfType<SeedParagraph>().Select(p => p.Text);

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
                reasons.Add(PublicInformation.Archived is null ? "no publish date found" : "no publish date found (only an archive stamp, 归档时间)");
            }

            if (Section.IsEmpty)
            {
                reasons.Add("no section found (no breadcrumb, no section folder under seeds/, no default_section)");
            }

            return reasons.ToImmutable();
        }
    }
}
