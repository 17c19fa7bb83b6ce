using System.Collections.Immutable;

namespace Gazette.Import;

/// <summary>The summary of one import run.</summary>
/// <param name="Outcomes">One per seed, in seed order.</param>
/// <param name="SectionsAdded">Sections added to <c>_site.yml</c>, with their provisional slugs.</param>
/// <param name="FooterKeysAdded">Footer keys added to <c>_site.yml</c>.</param>
/// <param name="SiteFileCreated">Whether <c>_site.yml</c> was created.</param>
public sealed record ImportReport(
    ImmutableArray<ImportOutcome> Outcomes,
    ImmutableArray<string> SectionsAdded,
    ImmutableArray<string> FooterKeysAdded,
    bool SiteFileCreated)
{
    /// <summary>How many seeds this import read; the others were vouched for by the import cache.</summary>
    public int SeedsRead { get; init; }

    /// <summary>Seeds the import seal vouched for as a whole, unchanged, with no outcome of their own in <see cref="Outcomes"/>.</summary>
    public int SealedSeeds { get; init; }

    /// <summary>How many seeds there were.</summary>
    public int SeedCount => Outcomes.Length + SealedSeeds;

    /// <summary>Whether any seed failed.</summary>
    public bool HasFailures => Outcomes.Any(o => o.Status == ImportStatus.Failed);

    /// <summary>How many seeds ended with this status.</summary>
    public int Count(ImportStatus status) => Outcomes.Count(o => o.Status == status) + (status == ImportStatus.Unchanged ? SealedSeeds : 0);

    /// <summary>The report of an import that found, by the import seal, every one of <paramref name="seeds"/> seeds as the last import left it.</summary>
    internal static ImportReport NothingToImport(int seeds) => new([], [], [], false) { SealedSeeds = seeds };

    /// <summary>The seeds a rule placed in their sections, by rule.</summary>
    public IEnumerable<ImportOutcome> PlacedBy(SectionPlacement placement) => Outcomes.Where(o => o.Placement == placement && o.Status != ImportStatus.Failed);

    /// <summary>Seeds whose articles wait for review.</summary>
    public IEnumerable<ImportOutcome> NeedingReview => Outcomes.Where(o => o.Review is not null && o.Status != ImportStatus.Failed);
}
