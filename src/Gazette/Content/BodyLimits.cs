using System.Globalization;
using System.Text;
using Gazette.Diagnostics;

namespace Gazette.Content;

/// <summary>
/// Limits on an article body that keep every page whole and every build short: beyond them the build fails, naming the
/// file, rather than cut a page short or run for minutes.
/// </summary>
internal static class BodyLimits
{
    /// <summary>The largest body a page may hold, in bytes of UTF-8 (8 MB): a hundred times a long government document.</summary>
    public const int MaxBodyBytes = 8 * 1024 * 1024;

    /// <summary>
    /// The most link reference definitions (<c>[label]: address</c> lines) a body may hold. Markdig reads a run of
    /// definitions in time that grows with the square of its length (80,000 took a minute), so it is bounded here.
    /// </summary>
    public const int MaxReferenceDefinitions = 10_000;

    /// <summary>
    /// The most table cells (counted by their <c>|</c> separators) a body may hold. Markdig parses pipe tables at about
    /// five microseconds a cell, so a 5 MB body of tiny cells took over six seconds; this keeps any body within a second
    /// or so, while a table of ten thousand rows of twenty columns still fits.
    /// </summary>
    public const int MaxTableCells = 300_000;

    /// <summary>Adds an error to <paramref name="errors"/> for each limit the body of <paramref name="sourceFile"/> exceeds.</summary>
    /// <param name="sourceFile">The Markdown file.</param>
    /// <param name="body">Its body.</param>
    /// <param name="bodyLine">The file line on which the body starts.</param>
    /// <param name="errors">Where errors go.</param>
    public static void Check(string sourceFile, string body, int bodyLine, List<GazetteError> errors)
    {
        // At most three bytes of UTF-8 per character: only a body that could be too large is measured.
        if (body.Length > MaxBodyBytes / 3 && Encoding.UTF8.GetByteCount(body) is var bytes && bytes > MaxBodyBytes)
        {
            errors.Add(new GazetteError(sourceFile, null, string.Create(
                CultureInfo.InvariantCulture,
                $"the body is {bytes / 1048576.0:0.0} MB; the most a page may hold is {MaxBodyBytes / 1048576} MB; split the article into parts, or link to the full text as a file")));
            return;
        }

        if (body.AsSpan().Count('|') > MaxTableCells && ExcessTableCellLine(body) is { } cellLine)
        {
            errors.Add(new GazetteError(sourceFile, bodyLine + cellLine, string.Create(
                CultureInfo.InvariantCulture,
                $"the body's tables have more than {MaxTableCells:N0} cells; put so large a table in a file (a spreadsheet or CSV) and link to it, or split the article")));
        }

        if (body.Contains("]:", StringComparison.Ordinal) && ExcessDefinitionLine(body) is { } line)
        {
            errors.Add(new GazetteError(sourceFile, bodyLine + line, string.Create(
                CultureInfo.InvariantCulture,
                $"the body has more than {MaxReferenceDefinitions:N0} link reference definitions ('[label]: address' lines); write the links inline as [text](address), or split the article")));
        }
    }

    /// <summary>The 0-based line on which the table cells pass the limit, or null when there are not that many.</summary>
    private static int? ExcessTableCellLine(string body)
    {
        var cells = 0;
        var line = 0;
        foreach (var text in body.AsSpan().EnumerateLines())
        {
            cells += text.Count('|');
            if (cells > MaxTableCells)
            {
                return line;
            }

            line++;
        }

        return null;
    }

    /// <summary>The 0-based line of the first definition past the limit, or null when there are not that many.</summary>
    private static int? ExcessDefinitionLine(string body)
    {
        var count = 0;
        var line = 0;
        foreach (var text in body.AsSpan().EnumerateLines())
        {
            // A definition starts with '[' (after at most three spaces, or a quote or list marker) and has "]:" on its line.
            var trimmed = text.TrimStart(" >-*+\t");
            if (trimmed.StartsWith('[') && trimmed.Contains("]:", StringComparison.Ordinal) && ++count > MaxReferenceDefinitions)
            {
                return line;
            }

            line++;
        }

        return null;
    }
}
