namespace Gazette.Theme.Views;

/// <summary>What the search page's template sees as <c>search</c>.</summary>
/// <param name="IndexLink">The index's manifest, which the script starts from.</param>
/// <param name="ScriptLink">The search script.</param>
/// <param name="Documents">How many articles the index holds.</param>
internal sealed record SearchPageView(string IndexLink, string ScriptLink, int Documents);
