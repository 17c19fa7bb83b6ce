using System.Collections.Immutable;
using Gazette.Content;
using Gazette.Diagnostics;
using Gazette.Site;

namespace Gazette.Build;

/// <summary>What a build did.</summary>
/// <param name="Articles">Articles published.</param>
/// <param name="Pages">HTML pages written.</param>
/// <param name="Files">Files the site has in all.</param>
/// <param name="Reused">Pages not rendered again because nothing they show had changed.</param>
/// <param name="Changed">Files whose bytes differ from the previous output (new ones included), and so were written.</param>
/// <param name="Removed">Files of the previous output the site no longer has, and so were removed.</param>
/// <param name="Excluded">Files left out (review, draft).</param>
/// <param name="EmptySections">Sections with no articles, which get no page.</param>
/// <param name="Elapsed">How long the build took.</param>
/// <param name="Timings">How long each stage took, in order; page producers (indented) run concurrently within "render".</param>
/// <param name="UpToDate">Whether nothing had changed since the last build, which was therefore not repeated.</param>
public sealed record BuildResult(
    int Articles,
    int Pages,
    int Files,
    int Reused,
    int Changed,
    int Removed,
    ImmutableArray<ExcludedArticle> Excluded,
    ImmutableArray<Section> EmptySections,
    TimeSpan Elapsed,
    ImmutableArray<(string Stage, TimeSpan Elapsed)> Timings,
    bool UpToDate = false)
{
    /// <summary>Problems that did not stop the build (a link shown as text), sorted by file then line; repeated on every build until fixed.</summary>
    public ImmutableArray<GazetteError> Warnings { get; init; } = [];

    /// <summary>Facts about the site a webmaster should know, one line each (old addresses only the server map sends on).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>When the same files next make another site (a scheduled article comes out, one expires); null when never.</summary>
    public DateTimeOffset? NextChange { get; init; }
}
