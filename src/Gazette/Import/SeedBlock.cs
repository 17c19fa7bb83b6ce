namespace Gazette.Import;

/// <summary>One block of an imported body: a paragraph or a table.</summary>
public abstract record SeedBlock;
