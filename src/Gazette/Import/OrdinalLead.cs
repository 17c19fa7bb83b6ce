using System.Text.RegularExpressions;

namespace Gazette.Import;

/// <summary>
/// Finds the ordinal lead of a paragraph (一是…, 一、…, (一)…, 第一章 …, 第一条) so that it can be set in bold.
/// Gazette renders every kind of lead the same way, as a bold lead-in inside its paragraph, never as a heading:
/// the numbering of government documents does not map onto heading levels, and a bold lead keeps the heading
/// outline of the page (title, then nothing else) simple for screen readers.
/// The lead stops before the first clause punctuation, which stays outside the bold (CommonMark does not close
/// <c>**</c> between CJK punctuation and a letter).
/// </summary>
internal static partial class OrdinalLead
{
    /// <summary>Splits a paragraph into its lead and the rest; null when it has no ordinal lead.</summary>
    public static (string Lead, string Remainder)? Split(string paragraph)
    {
        foreach (var pattern in new[] { SentenceLead(), ListLead(), ParenthesisedLead(), ChapterLine(), ArticleLead() })
        {
            var match = pattern.Match(paragraph);
            if (match.Success)
            {
                var lead = match.Groups["lead"].Value.TrimEnd();
                return (lead, paragraph[lead.Length..]);
            }
        }

        return null;
    }

    // 一是坚持就业优先, … / 五是注重协同联动 (a whole short line)
    [GeneratedRegex(@"^(?<lead>[一二三四五六七八九十]{1,3}是[^,，。;；:：!！?？、]{1,40}?)(?=[,，。;；:：!！?？]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceLead();

    // 一、总体要求 / 一、主动公开。…
    [GeneratedRegex(@"^(?<lead>[一二三四五六七八九十]{1,3}、[^,，。;；:：!！?？]{0,40}?)(?=[,，。;；:：!！?？]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ListLead();

    // (一)主动公开。… / （二）…
    [GeneratedRegex(@"^(?<lead>[(（][一二三四五六七八九十]{1,3}[)）][^,，。;；:：!！?？]{0,40}?)(?=[,，。;；:：!！?？]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedLead();

    // 第一章  总  则 (the whole line)
    [GeneratedRegex(@"^(?<lead>第[一二三四五六七八九十百零〇]{1,4}[章节節编編部][^,，。;；:：!！?？]{0,30})$", RegexOptions.CultureInvariant)]
    private static partial Regex ChapterLine();

    // 第一条 为了……
    [GeneratedRegex(@"^(?<lead>第[一二三四五六七八九十百零〇]{1,4}[条條])(?=[\s\u3000]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleLead();
}
