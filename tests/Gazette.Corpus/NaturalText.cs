namespace Gazette.Corpus;

/// <summary>
/// Paragraphs with the statistics of real Chinese text rather than its meaning: 3,500 characters (the first of the CJK
/// block, standing for the common ones), used with Zipf's spread (the n-th commonest about 1/n as often as the
/// first), make 60,000 words of one to four characters, themselves drawn with Zipf's spread. 10,000 long articles of
/// it hold about 780,000 different pairs of characters, and most runs of four occur once, as in a real news archive.
/// </summary>
internal static class NaturalText
{
    private const int Characters = 3500;
    private const int Words = 60000;

    // Drawn once from a fixed seed, so that every corpus has the same vocabulary; read only after.
    private static readonly string[] Lexicon = MakeLexicon();
    private static readonly double[] WordWeights = Cumulative(Words, 1.05);

    /// <summary>One paragraph of sentences, 150 to 400 characters in all.</summary>
    public static string Paragraph(Random random)
    {
        var target = 150 + random.Next(251);
        var text = new System.Text.StringBuilder(target + 8);
        while (text.Length < target)
        {
            var words = 4 + random.Next(12);
            for (var w = 0; w < words && text.Length < target; w++)
            {
                text.Append(Lexicon[Draw(random, WordWeights)]);
            }

            text.Append(random.Next(3) == 0 ? '。' : '，');
        }

        text[^1] = '。';
        return text.ToString();
    }

    private static string[] MakeLexicon()
    {
        var random = new Random(2021);
        var characterWeights = Cumulative(Characters, 1.0);
        var lengths = new[] { 1, 2, 2, 2, 2, 2, 2, 3, 3, 4 };
        return [.. Enumerable.Range(0, Words).Select(_ =>
            new string([.. Enumerable.Range(0, lengths[random.Next(lengths.Length)]).Select(_ => (char)(0x4E00 + Draw(random, characterWeights)))]))];
    }

    // Running sums of 1 / (n + 1)^exponent: a draw is a binary search for a uniform number below the total.
    private static double[] Cumulative(int count, double exponent)
    {
        var sums = new double[count];
        var sum = 0.0;
        for (var n = 0; n < count; n++)
        {
            sum += 1 / Math.Pow(n + 1, exponent);
            sums[n] = sum;
        }

        return sums;
    }

    private static int Draw(Random random, double[] cumulative)
    {
        var at = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return Math.Min(at < 0 ? ~at : at, cumulative.Length - 1);
    }
}
