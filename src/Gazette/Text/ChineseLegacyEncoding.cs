using System.Text;

namespace Gazette.Text;

/// <summary>Tells whether bytes that are not UTF-8 read as Chinese text in GB18030 (which covers GBK and GB2312).</summary>
internal static class ChineseLegacyEncoding
{
    private static readonly Encoding Gb18030 =
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    /// <summary>
    /// Whether <paramref name="bytes"/> decode as GB18030 without error into text of which at least a third (beyond
    /// ASCII) are frequent Chinese characters (see <see cref="FrequentChinese"/>). Only asked of files already found
    /// not to be UTF-8, so its cost is off the hot path.
    /// </summary>
    public static bool LooksGb18030(ReadOnlySpan<byte> bytes)
    {
        string text;
        try
        {
            text = Gb18030.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        // GB18030 decodes most byte soups into something; real Chinese text is dense in frequent characters.
        return FrequentChinese.Share(text) >= 1.0 / 3;
    }
}
