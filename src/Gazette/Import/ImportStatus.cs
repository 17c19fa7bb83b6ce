namespace Gazette.Import;

/// <summary>What import did with one seed.</summary>
public enum ImportStatus
{
    /// <summary>A new Markdown file was written.</summary>
    Imported,

    /// <summary>Import's own earlier file was rewritten, because the seed or the importer changed.</summary>
    Updated,

    /// <summary>The file already held exactly what import would write.</summary>
    Unchanged,

    /// <summary>A person edited the file; it was left alone.</summary>
    SkippedEdited,

    /// <summary>A person deleted the file; it was not brought back.</summary>
    SkippedDeleted,

    /// <summary>The seed could not be read; nothing was written.</summary>
    Failed,
}
