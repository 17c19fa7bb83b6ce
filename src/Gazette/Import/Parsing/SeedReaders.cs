using System.Collections.Immutable;

namespace Gazette.Import.Parsing;

/// <summary>
/// The readers of a seed, in the order they run. Each marks lines or records findings that later readers rely on,
/// so the order is part of the rules; a new shape of page is a new reader (or a rule in one), placed after what it needs.
/// </summary>
internal static class SeedReaders
{
    /// <summary>The readers in the order <see cref="SeedParser.Parse"/> runs them.</summary>
    public static readonly ImmutableArray<ISeedReader> InOrder =
    [
        // First: every other reader works under the breadcrumb (Top) and needs the section path.
        new FrameReader(),
        // Needs Top; its rows must be fields before the date line is looked for, or a 发布日期 row could be taken for it.
        new PublicInformationReader(),
        // Needs Top; the stamp is a field, so the date line and the headline do not see it as text.
        new ArchiveStampReader(),
        // Needs Top; sets Tail, which bounds the date line, the headline and the body.
        new TailReader(),
        // Needs Top, Tail and the 信息公开 fields (its upload date stands in for a missing date); sets Meta.
        new DateLineReader(),
        // Needs Meta (it looks above it) and the date line's source (it runs only without one).
        new StraySourceReader(),
        // Needs Meta (it looks above it); must claim its line before the headline reader reads the header.
        new DocumentNumberReader(),
        // Needs the section path, Meta and Tail, and the header without the lines claimed above.
        new SectionHeadingReader(),
        // Needs every line claimed so far, Meta, Tail and the 信息公开 title; sets the title and the body lines.
        new HeadlineReader(),
        // Needs the title, to tell a breadcrumb level that is the article itself.
        new BreadcrumbTitleReader(),
        // Needs the body lines.
        new BodyReader(),
        // Needs the body's blocks, and the source found so far (it only fills a gap).
        new RepostSourceReader(),
        // Needs nothing: it searches the whole page's text.
        new FooterReader(),
    ];
}
