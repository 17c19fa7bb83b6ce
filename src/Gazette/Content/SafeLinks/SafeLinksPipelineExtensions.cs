using Markdig;

namespace Gazette.Content.SafeLinks;

/// <summary>Adds <see cref="SafeLinksExtension"/> to a pipeline, the way Markdig's own extensions are added.</summary>
internal static class SafeLinksPipelineExtensions
{
    /// <summary>Shows links and images whose scheme is not allowed as text.</summary>
    public static MarkdownPipelineBuilder UseSafeLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SafeLinksExtension>();
        return pipeline;
    }
}
