using System.Collections.Immutable;
using Gazette.Output;
using Gazette.Publishing;

namespace Gazette.Engine;

/// <summary>What one pipeline hands downstream: files to write and the pages among them that belong in the sitemap.</summary>
/// <param name="Files">Files, in a stable order.</param>
/// <param name="Pages">Sitemap entries for the pages among them.</param>
public sealed record PipelineOutput(ImmutableArray<OutputFile> Files, ImmutableArray<SitemapEntry> Pages)
{
    /// <summary>Output with files only.</summary>
    public static PipelineOutput Of(IEnumerable<OutputFile> files) => new([.. files], []);
}
