using System.Globalization;
using System.IO.Hashing;

namespace Gazette.FileSystem;

/// <summary>
/// The hash a published file is named by when browsers and proxies may keep it for good (stylesheets, scripts, the
/// search index): the first <see cref="Digits"/> hexadecimal digits of the XxHash3 of its bytes, so that new content
/// always has a new name.
/// </summary>
internal static class ContentHash
{
    /// <summary>How many hexadecimal digits of the hash a name carries.</summary>
    public const int Digits = 10;

    /// <summary>The hash of <paramref name="content"/> as it appears in a name.</summary>
    public static string Of(ReadOnlySpan<byte> content) =>
        XxHash3.HashToUInt64(content).ToString("x16", CultureInfo.InvariantCulture)[..Digits];
}
