using System.Globalization;
using System.Text;

namespace Gazette.Content.SafeLinks;

/// <summary>A link or image whose address was not allowed, and so was shown as text.</summary>
/// <param name="Line">The 0-based line of the Markdown text it stands on.</param>
/// <param name="Url">Its address, as Markdig decoded it.</param>
/// <param name="IsImage">Whether it was an image (its description is shown) rather than a link (its text is shown).</param>
internal sealed record NeutralisedLink(int Line, string Url, bool IsImage)
{
    private const int ShownLength = 80;

    /// <summary>What the build says about it, telling the webmaster what happened and what is allowed.</summary>
    public string Message => IsImage
        ? $"image '{Shown(Url)}' uses a scheme that is not allowed ({LinkSchemes.AllowedList}); its description is shown as text"
        : $"link '{Shown(Url)}' uses a scheme that is not allowed ({LinkSchemes.AllowedList}); it is shown as text";

    /// <summary>The address fit for one line of a terminal: control characters spelt out, a long one cut short.</summary>
    private static string Shown(string url)
    {
        var text = new StringBuilder();
        foreach (var c in url.Length > ShownLength ? url[..ShownLength] : url)
        {
            if (char.IsControl(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                text.Append(c);
            }
        }

        return url.Length > ShownLength ? text.Append('…').ToString() : text.ToString();
    }
}
