namespace Gazette.Pages;

/// <summary>
/// The files published from <c>input/</c> as they are: each article's and page's own files and <c>input/files/</c>.
/// None of them is a page: they are in no sitemap and count toward no page's size.
/// </summary>
internal sealed class AttachmentFiles : IPageProducer
{
    /// <inheritdoc />
    public string Name => "attachments";

    /// <inheritdoc />
    public ProducedPages Produce(PageContext context, CancellationToken cancellationToken)
    {
        var files = new List<OutputFile>();
        foreach (var attachment in context.Renderer.Files.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files.Add(new OutputFile(attachment.SitePath, File.ReadAllBytes(attachment.FullPath)) { Source = attachment.SourceFile });
        }

        return ProducedPages.Of(files);
    }
}
