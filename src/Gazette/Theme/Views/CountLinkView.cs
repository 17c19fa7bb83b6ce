namespace Gazette.Theme.Views;

/// <summary>A link with a count: a year or month of the archive, a tag.</summary>
/// <param name="Name">The text shown, e.g. 2021年 or 就业.</param>
/// <param name="Link">The address.</param>
/// <param name="Count">How many articles lie behind it.</param>
internal sealed record CountLinkView(string Name, string Link, int Count);
