using System.Collections.Immutable;

namespace Gazette.Import;

/// <summary>A seed's text and how it was read.</summary>
/// <param name="Text">The decoded text.</param>
/// <param name="Encoding">The encoding it was read as: UTF-8, UTF-16, GB18030 or Big5.</param>
/// <param name="Notes">Anything the webmaster should know, e.g. that an incomplete last character was dropped.</param>
internal sealed record DecodedSeed(string Text, string Encoding, ImmutableArray<string> Notes);
