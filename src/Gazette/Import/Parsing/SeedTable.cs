using System.Collections.Immutable;

namespace Gazette.Import.Parsing;

/// <summary>A table the scraper flattened into lines; the first row is the header. Every row has the same number of cells.</summary>
/// <param name="Rows">The rows, header first.</param>
internal sealed record SeedTable(ImmutableArray<ImmutableArray<string>> Rows) : SeedBlock
{
    /// <inheritdoc />
    public bool Equals(SeedTable? other) =>
        other is not null && Rows.Length == other.Rows.Length && Rows.Zip(other.Rows).All(p => p.First.SequenceEqual(p.Second));

    /// <inheritdoc />
    public override int GetHashCode() => Rows.Length;
}
