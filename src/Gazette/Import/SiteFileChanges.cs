using System.Collections.Immutable;

namespace Gazette.Import;

/// <summary>What import did to <c>_site.yml</c>.</summary>
/// <param name="Text">The file's text after the changes.</param>
/// <param name="Created">Whether the file was created.</param>
/// <param name="Changed">Whether import changed or created the file.</param>
/// <param name="SectionsAdded">Sections added, with their provisional slugs.</param>
/// <param name="FooterKeysAdded">Footer keys added.</param>
internal sealed record SiteFileChanges(string Text, bool Created, bool Changed, ImmutableArray<string> SectionsAdded, ImmutableArray<string> FooterKeysAdded);
