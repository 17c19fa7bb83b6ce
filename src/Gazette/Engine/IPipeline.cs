namespace Gazette.Engine;

/// <summary>A named stage that reads the build context and produces files. Pipelines do not see each other's output.</summary>
public interface IPipeline
{
    /// <summary>The name used in progress and error messages.</summary>
    string Name { get; }

    /// <summary>Produces this pipeline's files.</summary>
    Task<PipelineOutput> RunAsync(BuildContext context, CancellationToken cancellationToken);
}
