using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Gazette.Content.SafeLinks;

/// <summary>
/// A Markdig extension that, once a document is parsed, turns every link or image whose address is not allowed (see
/// <see cref="LinkSchemes"/>) into plain text: a link becomes its text, an image its description, an autolink its
/// address. It works on the tree, so inline, reference and autolinks, and links inside tables, lists and quotes are
/// all covered, and whatever renders the tree — pages, feeds — gets the same safe result.
/// </summary>
internal sealed class SafeLinksExtension : IMarkdownExtension
{
    private static readonly object DataKey = typeof(SafeLinksExtension);

    /// <summary>The links the extension turned into text in a parsed document, in document order.</summary>
    public static IReadOnlyList<NeutralisedLink> NeutralisedIn(MarkdownDocument document) =>
        document.GetData(DataKey) as IReadOnlyList<NeutralisedLink> ?? [];

    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Neutralise;

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Neutralise(MarkdownDocument document)
    {
        // Collected before any change: the tree must not change while it is walked.
        var found = document.Descendants<Inline>()
            .Where(i => i switch
            {
                LinkInline link => !LinkSchemes.IsAllowed(link.Url),
                AutolinkInline autolink => !autolink.IsEmail && !LinkSchemes.IsAllowed(autolink.Url),
                _ => false,
            })
            .ToList();
        if (found.Count == 0)
        {
            return;
        }

        var neutralised = new List<NeutralisedLink>(found.Count);
        foreach (var inline in found)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image:
                    neutralised.Add(new NeutralisedLink(image.Line, image.Url ?? string.Empty, IsImage: true));
                    image.ReplaceBy(new LiteralInline(PlainText(image)), copyChildren: false);
                    break;
                case LinkInline link:
                    neutralised.Add(new NeutralisedLink(link.Line, link.Url ?? string.Empty, IsImage: false));
                    Unwrap(link);
                    break;
                case AutolinkInline autolink:
                    neutralised.Add(new NeutralisedLink(autolink.Line, autolink.Url, IsImage: false));
                    autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
                    break;
            }
        }

        document.SetData(DataKey, neutralised);
    }

    /// <summary>Puts a link's content where the link was, so its text stays, formatted as it was, without the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    /// <summary>The text of an image's description, as HTML renders it in <c>alt</c>.</summary>
    private static string PlainText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
