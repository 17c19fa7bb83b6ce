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
}
