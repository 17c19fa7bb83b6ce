using System.Buffers;

namespace Gazette.Content;

/// <summary>
/// Removes the control characters that neither HTML nor XML may carry (all of C0 but tab, line feed and carriage
/// return, and U+FFFE/U+FFFF), which a pasted text can hide; left in, they would make pages invalid and feeds unwritable.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    /// <summary>The text without forbidden characters; the same instance when it has none.</summary>
    public static string Remove(string text) =>
        text.AsSpan().IndexOfAny(Forbidden) < 0 ? text : string.Concat(text.Where(c => !Forbidden.Contains(c)));

    /// <summary>As <see cref="Remove(string)"/>, passing null through.</summary>
    public static string? RemoveOrNull(string? text) => text is null ? null : Remove(text);
}
