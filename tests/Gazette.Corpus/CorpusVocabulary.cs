namespace Gazette.Corpus;

/// <summary>What the body text of a corpus is made of.</summary>
public enum CorpusVocabulary
{
    /// <summary>A few dozen stock phrases of the bureau's notices: every common term is in nearly every article.</summary>
    Stock,

    /// <summary>
    /// Words drawn with a natural spread (<see cref="NaturalText"/>): as in real news, most runs of three or four
    /// characters occur once in the whole archive, and there are hundreds of thousands of different pairs.
    /// </summary>
    Natural,
}
