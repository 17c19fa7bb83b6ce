using Gazette.Import;

namespace Gazette.Cli.Commands;

/// <summary>Prints what an import did: each change, then one summary line.</summary>
internal static class ImportReportPrinter
{
    private static readonly (SectionPlacement Rule, string Name)[] Placements =
    [
        (SectionPlacement.Breadcrumb, "by breadcrumb"),
        (SectionPlacement.SeedFolder, "by seed folder"),
        (SectionPlacement.DefaultSection, "by default_section"),
        (SectionPlacement.Unplaced, "unplaced"),
    ];

    public static void Print(TextWriter output, TextWriter error, ImportReport report, bool quietWhenNothingChanged, bool verbose = false)
    {
        if (report.SiteFileCreated)
        {
            output.WriteLine("created input/_site.yml: set base_url to the site's real address before deploying");
        }

        if (report.FooterKeysAdded.Length > 0)
        {
            output.WriteLine($"added footer facts to input/_site.yml: {string.Join(", ", report.FooterKeysAdded)}");
        }

        foreach (var section in report.SectionsAdded)
        {
            output.WriteLine($"added section {section} to input/_site.yml");
        }

        foreach (var outcome in report.Outcomes)
        {
            switch (outcome.Status)
            {
                case ImportStatus.Imported:
                    output.WriteLine($"imported {outcome.Seed} -> {outcome.Markdown}{(outcome.Detail is null ? string.Empty : $" ({outcome.Detail})")}");
                    break;
                case ImportStatus.Updated:
                    output.WriteLine($"updated  {outcome.Seed} -> {outcome.Markdown}{(outcome.Detail is null ? string.Empty : $" ({outcome.Detail})")}");
                    break;
                case ImportStatus.SkippedEdited or ImportStatus.SkippedDeleted when verbose:
                    // A file kept as a person left it stays so on every run: counted below, named only when asked.
                    output.WriteLine($"skipped  {outcome.Seed}: {outcome.Detail}");
                    break;
                case ImportStatus.Failed:
                    error.WriteLine($"error: {outcome.Seed}: {outcome.Detail}");
                    break;
            }
        }

        // The build names what it leaves out on every run; here, only what this import just wrote, unless asked for all.
        foreach (var outcome in report.NeedingReview.Where(o => !quietWhenNothingChanged || o.Status is ImportStatus.Imported or ImportStatus.Updated))
        {
            output.WriteLine($"review   {outcome.Markdown}: {outcome.Review} (left out of the build until fixed)");
        }

        var changed = report.Outcomes.Any(o => o.Status is not (ImportStatus.Unchanged or ImportStatus.SkippedEdited or ImportStatus.SkippedDeleted))
            || report.SectionsAdded.Length > 0 || report.FooterKeysAdded.Length > 0;
        if (changed || !quietWhenNothingChanged)
        {
            output.WriteLine(FormattableString.Invariant(
                $"import: {report.Count(ImportStatus.Imported)} imported, {report.Count(ImportStatus.Updated)} updated, {report.Count(ImportStatus.Unchanged)} unchanged, ") +
                FormattableString.Invariant(
                $"{report.Count(ImportStatus.SkippedEdited) + report.Count(ImportStatus.SkippedDeleted)} skipped (changed by hand), {report.NeedingReview.Count()} need review, {report.Count(ImportStatus.Failed)} failed; ") +
                FormattableString.Invariant($"{report.SeedsRead} of {report.SeedCount} seeds read, the others unchanged since the last import"));
            PrintPlacements(output, report, verbose);
        }
    }

    /// <summary>How many pages each rule put in their sections, and under <c>--verbose</c> which.</summary>
    private static void PrintPlacements(TextWriter output, ImportReport report, bool verbose)
    {
        var counts = Placements.Select(p => (p.Name, Seeds: report.PlacedBy(p.Rule).Select(o => o.Seed).ToList())).ToList();
        if (counts.All(c => c.Seeds.Count == 0))
        {
            return;
        }

        output.WriteLine("sections: " + string.Join(", ", counts.Select(c => FormattableString.Invariant($"{c.Seeds.Count} {c.Name}"))));
        if (!verbose)
        {
            return;
        }

        foreach (var (name, seeds) in counts)
        {
            foreach (var seed in seeds)
            {
                output.WriteLine($"  {name}: {seed}");
            }
        }
    }
}
