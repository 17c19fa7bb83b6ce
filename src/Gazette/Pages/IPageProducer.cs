namespace Gazette.Pages;

/// <summary>Makes one kind of page (articles, listings, feeds, …) from the build's <see cref="PageContext"/>. Producers do not see each other's output.</summary>
internal interface IPageProducer
{
    /// <summary>The name used in timings and progress.</summary>
    string Name { get; }

    /// <summary>Produces this kind's files.</summary>
    ProducedPages Produce(PageContext context, CancellationToken cancellationToken);
}
