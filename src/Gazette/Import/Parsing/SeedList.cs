using System.Collections.Immutable;

namespace Gazette.Import.Parsing;

/// <summary>A numbered list of the body, such as the attachments under 附件:, numbered from one.</summary>
/// <param name="Items">The items' text, without their numbers.</param>
internal sealed record SeedList(ImmutableArray<string> Items) : SeedBlock;
