namespace Gazette.Diagnostics;

/// <summary>Stops an operation because of problems in the site's own files (not a bug in Gazette).</summary>
public sealed class GazetteException : Exception
{
    /// <summary>Creates an exception carrying one or more located errors.</summary>
    public GazetteException(IReadOnlyList<GazetteError> errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    /// <summary>Creates an exception carrying one located error.</summary>
    public GazetteException(GazetteError error)
        : this([error])
    {
    }

    /// <summary>Creates an exception with a message only; prefer the located forms.</summary>
    public GazetteException()
        : this(new GazetteError("gazette", null, "unknown error"))
    {
    }

    /// <summary>Creates an exception with a message only; prefer the located forms.</summary>
    public GazetteException(string message)
        : this(new GazetteError("gazette", null, message))
    {
    }

    /// <summary>Creates an exception with a message and a cause; prefer the located forms.</summary>
    public GazetteException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new GazetteError("gazette", null, message)];
    }

    /// <summary>The errors, in the order they were found.</summary>
    public IReadOnlyList<GazetteError> Errors { get; }
}
