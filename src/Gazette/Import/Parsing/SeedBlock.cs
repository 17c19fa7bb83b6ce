namespace Gazette.Import.Parsing;

/// <summary>One block of an imported body: a paragraph or a table.</summary>
internal abstract record SeedBlock;
