namespace Gazette.Import.Parsing;

/// <summary>A paragraph of body text, exactly as the page gave it, indentation aside.</summary>
/// <param name="Text">The paragraph's text.</param>
internal sealed record SeedParagraph(string Text) : SeedBlock;
