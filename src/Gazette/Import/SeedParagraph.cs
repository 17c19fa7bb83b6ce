namespace Gazette.Import;

/// <summary>A paragraph of body text, exactly as the page gave it, indentation aside.</summary>
/// <param name="Text">The paragraph's text.</param>
public sealed record SeedParagraph(string Text) : SeedBlock;
