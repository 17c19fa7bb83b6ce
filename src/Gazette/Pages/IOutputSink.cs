namespace Gazette.Pages;

/// <summary>
/// Where a build's files go as soon as they are made, so that a site of a million pages is never held in memory at
/// once: the writer's release in the making.
/// </summary>
internal interface IOutputSink
{
    /// <summary>
    /// Takes a file (a new one, or one kept from the last build) from any thread; what comes back describes it
    /// without its bytes (<see cref="OutputFile.Stored"/>).
    /// </summary>
    OutputFile Store(OutputFile file);
}
