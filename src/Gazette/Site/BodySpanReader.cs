namespace Gazette.Site;

/// <summary>What is made of a body's Markdown text, which is lent only for the call.</summary>
internal delegate T BodySpanReader<out T>(ReadOnlySpan<char> text);
