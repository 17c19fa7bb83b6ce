namespace Gazette.Theme.Views;

/// <summary>One entry of a 附件 list.</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Link">Its address.</param>
/// <param name="Type">What kind of file it is, as readers know it: PDF, Word, Excel, 压缩包 ….</param>
/// <param name="Size">Its size for reading: 356 KB, 1.2 MB.</param>
internal sealed record AttachmentView(string Name, string Link, string Type, string Size);
