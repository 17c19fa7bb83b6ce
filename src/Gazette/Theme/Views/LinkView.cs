namespace Gazette.Theme.Views;

/// <summary>A named link; <c>link</c> is root-relative under the base path.</summary>
/// <param name="Name">The text shown.</param>
/// <param name="Link">The address, e.g. <c>/zxzx/xwdt/</c>.</param>
internal sealed record LinkView(string Name, string Link);
