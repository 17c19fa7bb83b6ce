namespace Gazette.Site;

/// <summary>
/// An article's Markdown body. Its opening is held at once (related articles are found from it); the whole text may
/// be read only when it is needed, so that a rebuild that renders a handful of pages does not hold the archive's
/// every body in memory.
/// </summary>
public sealed class ArticleBody
{
    /// <summary>How much of the body <see cref="Head"/> holds.</summary>
    public const int HeadLength = 500;

    private readonly Lazy<string> _text;

    /// <summary>A body whose text is at hand.</summary>
    public ArticleBody(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = new Lazy<string>(text);
        Head = text.Length <= HeadLength ? text : text[..HeadLength];
    }

    /// <summary>A body whose text is read when first asked for; <paramref name="head"/> is its opening.</summary>
    public ArticleBody(string head, Func<string> load)
    {
        Head = head;
        _text = new Lazy<string>(load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The whole Markdown text.</summary>
    public string Text => _text.Value;

    /// <summary>The first <see cref="HeadLength"/> characters (all of them when the body is shorter).</summary>
    public string Head { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
