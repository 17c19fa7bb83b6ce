namespace Gazette.Search;

/// <summary>One pair of characters of a batch of texts: the pair (the first character's UTF-16 unit above the second's), in which text of the batch, at which character.</summary>
internal readonly record struct PairOccurrence(uint Pair, int Document, int Place);
