using System.Globalization;

namespace Gazette.Diagnostics;

/// <summary>A problem found in one of the site's files, located as precisely as the source allows.</summary>
/// <param name="File">The file, relative to the site root where possible.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Message">What is wrong and, where it helps, what to do.</param>
public sealed record GazetteError(string File, int? Line, string Message)
{
    /// <summary>Formats the error the way compilers do, so editors can jump to it: <c>file:line: message</c>.</summary>
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{File}:{line}: {Message}")
        : $"{File}: {Message}";
}
