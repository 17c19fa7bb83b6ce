using System.Collections.Immutable;
using Gazette.Site;

namespace Gazette.Import.Parsing;

/// <summary>The page under construction: what the readers have found so far, turned into a <see cref="SeedPage"/> at the end.</summary>
internal sealed class SeedDraft
{
    /// <summary>The section names from the breadcrumb, top first.</summary>
    public ImmutableArray<string> Section { get; set; } = [];

    /// <summary>The 信息公开 fields by kind (index_no, publisher, doc_no, doc_date, uploaded, title, validity).</summary>
    public Dictionary<string, string> Information { get; } = new(StringComparer.Ordinal);

    /// <summary>The archive stamp (归档时间) as the page wrote it.</summary>
    public string? Archived { get; set; }

    /// <summary>The publish date.</summary>
    public PublicationDate? Date { get; set; }

    /// <summary>来源.</summary>
    public string? Source { get; set; }

    /// <summary>The headline.</summary>
    public string? Title { get; set; }

    /// <summary>The lines of the body in reading order, blank lines included where they separate blocks.</summary>
    public List<int> BodyLines { get; } = [];

    /// <summary>The body's paragraphs and rebuilt tables.</summary>
    public ImmutableArray<SeedBlock> Blocks { get; set; } = [];

    /// <summary>The site facts in the page's footer.</summary>
    public SiteFooter Footer { get; set; } = new();

    /// <summary>
    /// The finished page. A page that names no source at all is credited to its publishing body (发布机构), which
    /// is then both; otherwise the two stay apart, since the office that published a notice is not who wrote it.
    /// </summary>
    public SeedPage ToPage() => new(
        Title,
        Date,
        Source ?? Information.GetValueOrDefault("publisher"),
        Section,
        Blocks,
        PublicInformationFields.ToPublicInformation(Information, Archived),
        Footer);
}
