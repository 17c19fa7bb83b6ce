using Gazette.Diagnostics;

namespace Gazette.Concurrency;

/// <summary>Runs independent work items on every core and reports problems in the site's files as one located error list.</summary>
internal static class ParallelWork
{
    /// <summary>
    /// Computes <paramref name="work"/> for each index, results in index order. When items fail because of the site's
    /// files (say, a template error hit by every page), the errors are merged and each distinct one is reported once.
    /// </summary>
    public static T[] Map<T>(int count, Func<int, T> work, CancellationToken cancellationToken)
    {
        var results = new T[count];
        try
        {
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = work(i));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is GazetteException))
        {
            var errors = ex.InnerExceptions.Cast<GazetteException>().SelectMany(e => e.Errors).Distinct().ToList();
            throw new GazetteException(errors);
        }

        return results;
    }

    /// <summary>
    /// Runs <paramref name="work"/> for each index on every core, each worker with a state of its own made by
    /// <paramref name="create"/>, and returns the states (for the caller to merge). A state a task of the loop gives
    /// back is handed to the next task that starts rather than made again, so a large one (an array the size of the
    /// archive) is made about once per core however the loop's tasks come and go.
    /// </summary>
    public static IReadOnlyCollection<TState> For<TState>(int count, Func<TState> create, Action<int, TState> work, CancellationToken cancellationToken)
    {
        var states = new System.Collections.Concurrent.ConcurrentBag<TState>();
        Parallel.For(
            0,
            count,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => states.TryTake(out var state) ? state : create(),
            (i, _, state) =>
            {
                work(i, state);
                return state;
            },
            states.Add);
        return states;
    }
}
