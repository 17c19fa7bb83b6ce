namespace Gazette.Site;

/// <summary>Where a body that is not held is read from, each time it is asked for (<see cref="ArticleBody"/>).</summary>
internal interface IBodySource
{
    /// <summary>The body's Markdown text.</summary>
    string Read();

    /// <summary>What <paramref name="read"/> makes of the body's text, which need not be copied into a string for it.</summary>
    T Read<T>(BodySpanReader<T> read);
}
