using System.Collections.Immutable;

namespace Gazette.Import.Parsing;

/// <summary>
/// Rebuilds tables a scraper flattened into text: rows of <c>a | b | c |</c>, or one cell per line ending in
/// <c> |</c> with a blank line between rows.
/// </summary>
internal static class FlattenedTables
{
    /// <summary>The cells of a row line (two or more cells), or null.</summary>
    public static ImmutableArray<string>? RowCells(string line)
    {
        if (!line.Contains('|', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = line.Split('|').Select(p => p.Trim(' ', '\u00A0', '\u3000', '\t')).ToList();
        if (parts.Count > 0 && parts[^1].Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count > 0 && parts[0].Length == 0 && line.TrimStart().StartsWith('|'))
        {
            parts.RemoveAt(0);
        }

        return parts.Count >= 2 ? [.. parts] : null;
    }

    /// <summary>The text of a one-cell line (<c>张三 |</c>), or null.</summary>
    public static string? Cell(string line)
    {
        var trimmed = line.TrimEnd();
        if (!trimmed.EndsWith('|') || trimmed.IndexOf('|', StringComparison.Ordinal) != trimmed.Length - 1)
        {
            return null;
        }

        return trimmed[..^1].Trim(' ', '\u00A0', '\u3000', '\t');
    }

    /// <summary>A table from rows of unequal length: short rows are padded with empty cells.</summary>
    public static SeedTable Square(IReadOnlyList<ImmutableArray<string>> rows)
    {
        var width = rows.Max(r => r.Length);
        return new SeedTable([.. rows.Select(r => r.Length == width ? r : r.AddRange(Enumerable.Repeat(string.Empty, width - r.Length)))]);
    }
}
