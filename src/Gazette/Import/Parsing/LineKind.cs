namespace Gazette.Import.Parsing;

/// <summary>What a line of a seed is, as far as the readers have decided so far.</summary>
internal enum LineKind
{
    /// <summary>A blank line; it separates paragraphs and the rows of a flattened table.</summary>
    Empty,

    /// <summary>A line nobody has claimed yet: title, body, or something a later reader will mark.</summary>
    Text,

    /// <summary>Page chrome (menus, widgets, the breadcrumb and everything above it); never content.</summary>
    Chrome,

    /// <summary>A line read as a field of the page (date line, 信息公开 row, archive stamp, document number).</summary>
    Meta,
}
