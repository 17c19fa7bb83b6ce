using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Gazette.Site;

/// <summary>
/// An article's Markdown body. A body read from a file is read again each time its text is asked for and never held,
/// so that neither a rebuild that renders a handful of pages nor a cold build of a million articles keeps the archive's
/// every body in memory (a build asks twice: for the search index and for the page); its opening, from which related
/// articles are found, is held at once.
/// </summary>
internal sealed class ArticleBody
{
    /// <summary>How much of the body <see cref="Head"/> holds.</summary>
    public const int HeadLength = 500;

    private readonly string? _text;
    private readonly IBodySource? _source;

    /// <summary>A body whose text is at hand, and held.</summary>
    public ArticleBody(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        Head = HeadOf(text);
        HeadHash = HashOf(Head);
    }

    /// <summary>A body whose text is read from <paramref name="source"/> whenever it is asked for; <paramref name="head"/> is its <see cref="Head"/>.</summary>
    public ArticleBody(string head, IBodySource source)
    {
        Head = head;
        HeadHash = HashOf(head);
        _source = source;
    }

    /// <summary>The whole Markdown text.</summary>
    public string Text => _text ?? _source!.Read();

    /// <summary>
    /// What <paramref name="read"/> makes of the whole Markdown text, lent for the call: a body read from its file is
    /// then never made a string (the search index reads every body this way).
    /// </summary>
    public T Read<T>(BodySpanReader<T> read) => _text is not null ? read(_text) : _source!.Read(read);

    /// <summary>The first <see cref="HeadLength"/> characters (all of them when the body is shorter).</summary>
    public string Head { get; }

    /// <summary>The XxHash3 of <see cref="Head"/>'s characters.</summary>
    public ulong HeadHash { get; }

    /// <summary>The opening of <paramref name="text"/>, as <see cref="Head"/> holds it.</summary>
    public static string HeadOf(string text) => text.Length <= HeadLength ? text : text[..HeadLength];

    /// <summary>The opening, so that printing an article (in a log, a test message) never reads its file.</summary>
    public override string ToString() => Head.Length < HeadLength ? Head : Head + "…";

    private static ulong HashOf(string head) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(head.AsSpan()));
}
