using System.Text;

namespace Gazette.Text;

/// <summary>The one encoding of every text file Gazette writes: UTF-8 without a byte-order mark, LF line ends.</summary>
internal static class PageEncoding
{
    /// <summary>UTF-8 without a BOM.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Encodes text for writing, with line ends normalised to LF.</summary>
    public static byte[] Encode(string text) => Utf8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
}
