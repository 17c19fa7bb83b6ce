using System.Text;

namespace Gazette.Theme;

/// <summary>Escapes text for HTML content and attribute values alike.</summary>
internal static class HtmlText
{
    /// <summary>Escapes &amp;, &lt;, &gt;, and both quotes; leaves every other character as it is (CJK stays readable).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }
}
