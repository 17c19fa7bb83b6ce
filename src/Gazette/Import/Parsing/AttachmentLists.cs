using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// An attachment list, which pages write as <c>附件:1.申领表.docx  2.承诺书.pdf</c> on one line, or with the
/// numbered items on the lines under it. It stays body, as a heading paragraph and a numbered list. Only items
/// numbered 1, 2, 3 … in turn count, so that a file name holding a number is never cut.
/// </summary>
internal static partial class AttachmentLists
{
    /// <summary>The heading, the list and the last body index it used, when body line <paramref name="k"/> opens an attachment list; else null.</summary>
    public static (SeedParagraph Heading, SeedList List, int Last)? Read(SeedLines lines, List<int> body, int k)
    {
        if (Heading().Match(lines[body[k]]) is not { Success: true } heading)
        {
            return null;
        }

        var items = new List<string>();
        if (!Split(heading.Groups["rest"].Value, items))
        {
            return null;
        }

        var last = k;
        for (var j = k + 1; j < body.Count && lines[body[j]] is { Length: > 0 } next && Item().Match(next) is { Success: true } item
            && int.TryParse(item.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out var number) && number == items.Count + 1; j++)
        {
            if (!Split(next, items))
            {
                break;
            }

            last = j;
        }

        return items.Count == 0 ? null : (new SeedParagraph(heading.Groups["lead"].Value.TrimEnd()), new SeedList([.. items]), last);
    }

    /// <summary>Adds the items of <paramref name="text"/> (empty, or starting with the next number) to <paramref name="items"/>; false when it is not such text.</summary>
    private static bool Split(string text, List<string> items)
    {
        if (text.Length == 0)
        {
            return true;
        }

        var markers = Item().Matches(text).Where(m => m.Index == 0 || char.IsWhiteSpace(text[m.Index - 1])).ToList();
        var taken = new List<Match>();
        foreach (var marker in markers)
        {
            if (int.Parse(marker.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) == items.Count + taken.Count + 1)
            {
                taken.Add(marker);
            }
        }

        if (taken.Count == 0 || taken[0].Index != 0)
        {
            return false;
        }

        for (var i = 0; i < taken.Count; i++)
        {
            var start = taken[i].Index + taken[i].Length;
            var end = i + 1 < taken.Count ? taken[i + 1].Index : text.Length;
            if (text[start..end].Trim() is { Length: > 0 } name)
            {
                items.Add(name);
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(?<lead>(?:相关|相關)?附件(?:下载|下載)?\s*[:：])\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?<n>\d{1,2})\s*[.．、]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
