namespace Gazette.Search;

/// <summary>
/// One pair of characters of a field's texts: the pair (the first character's UTF-16 unit above the second's) and
/// where it starts in the texts laid end to end (<see cref="DocumentStarts"/>), eight bytes, for there is one for every
/// character of the archive's text.
/// </summary>
internal readonly record struct PairOccurrence(uint Pair, uint Position);
