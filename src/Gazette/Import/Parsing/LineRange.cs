namespace Gazette.Import.Parsing;

/// <summary>A run of lines of a seed, both ends included.</summary>
/// <param name="Start">The first line.</param>
/// <param name="End">The last line, not past it.</param>
internal sealed record LineRange(int Start, int End);
