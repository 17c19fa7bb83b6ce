namespace Gazette.Pages;

/// <summary>Makes one kind of page (articles, listings, feeds, …) from the build's <see cref="PageContext"/>. Producers do not see each other's output.</summary>
internal interface IPageProducer
{
    /// <summary>The name used in timings and progress.</summary>
    string Name { get; }

    /// <summary>
    /// Whether the producer runs before the others rather than beside them: one that needs much working memory for a
    /// while and uses every core itself, so that the memory is freed before the other producers' pages pile up.
    /// </summary>
    bool RunsFirst => false;

    /// <summary>Produces this kind's files.</summary>
    ProducedPages Produce(PageContext context, CancellationToken cancellationToken);
}
