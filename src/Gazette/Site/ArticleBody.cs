using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Gazette.Site;

/// <summary>
/// An article's Markdown body. The text may be read only when it is needed, so that a rebuild that renders a handful
/// of pages neither holds nor reads the archive's every body; its opening, from which related articles are found,
/// is held at once.
/// </summary>
internal sealed class ArticleBody
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
        HeadHash = HashOf(Head);
    }

    /// <summary>A body whose text is read when first asked for; <paramref name="head"/> is its <see cref="Head"/>.</summary>
    public ArticleBody(string head, Func<string> load)
    {
        Head = head;
        HeadHash = HashOf(head);
        _text = new Lazy<string>(load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The whole Markdown text.</summary>
    public string Text => _text.Value;

    /// <summary>The first <see cref="HeadLength"/> characters (all of them when the body is shorter).</summary>
    public string Head { get; }

    /// <summary>The XxHash3 of <see cref="Head"/>'s characters.</summary>
    public ulong HeadHash { get; }

    /// <summary>The opening, so that printing an article (in a log, a test message) never reads its file.</summary>
    public override string ToString() => Head.Length < HeadLength ? Head : Head + "…";

    private static ulong HashOf(string head) => XxHash3.HashToUInt64(MemoryMarshal.AsBytes(head.AsSpan()));
}
