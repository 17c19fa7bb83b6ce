namespace Gazette.Corpus;

/// <summary>What kind of articles a corpus holds.</summary>
public enum CorpusProfile
{
    /// <summary>News items: 3 to 12 paragraphs of 150–400 characters, some with a small table or a list.</summary>
    News,

    /// <summary>
    /// Long notices and reports, like the bureau's 通知 and 工作总结: bodies of 6 to 12 KB of Markdown, in the 公文
    /// structure of 一、 parts and (一) sections, with a larger table in some.
    /// </summary>
    Long,
}
