namespace Gazette.Import.Parsing;

/// <summary>
/// One step of reading a seed: it looks at the lines and at what earlier readers found, and records what it finds in
/// the draft and on the lines. Readers hold no state; the order they run in is <see cref="SeedReaders.InOrder"/>.
/// </summary>
internal interface ISeedReader
{
    /// <summary>Reads one thing from the page.</summary>
    void Read(SeedLines lines, SeedDraft page);
}
