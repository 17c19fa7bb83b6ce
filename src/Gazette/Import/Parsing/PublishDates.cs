using System.Globalization;
using System.Text.RegularExpressions;
using Gazette.Site;

namespace Gazette.Import.Parsing;

/// <summary>Reading a publish date out of a date line, or out of a 信息公开 field.</summary>
internal static partial class PublishDates
{
    /// <summary>
    /// The publish date of a date line that may hold several: the one after a publish label (发布, 发表, 上载, 时间)
    /// wins over a document's own date (成文, 印发).
    /// </summary>
    public static PublicationDate? ReadPublishDate(string metaText)
    {
        Match? chosen = null;
        foreach (Match match in SeedPatterns.Date().Matches(metaText))
        {
            var before = metaText[Math.Max(0, match.Index - 8)..match.Index];
            if (DocumentDateLabel().IsMatch(before))
            {
                continue;
            }

            if (PublishLabel().IsMatch(before))
            {
                chosen = match;
                break;
            }

            chosen ??= match;
        }

        return ReadDate(chosen ?? SeedPatterns.Date().Match(metaText));
    }

    /// <summary>The first date in a text (full-width digits allowed), or null when there is none or it is no real day.</summary>
    public static PublicationDate? ReadDate(string text) => ReadDate(SeedPatterns.Date().Match(MetaText.FoldWidth(text)));

    private static PublicationDate? ReadDate(Match match)
    {
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        if (!match.Groups["h"].Success)
        {
            return PublicationDate.OnDay(year, month, day);
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return PublicationDate.OnDay(year, month, day);
        }

        // Old CMSs print 00:00:00 for "no time recorded"; a real release at midnight is indistinguishable and rare.
        return hour == 0 && minute == 0 && second == 0
            ? PublicationDate.OnDay(year, month, day)
            : PublicationDate.At(year, month, day, hour, minute, second);
    }

    [GeneratedRegex(@"(?:[发發][布佈表]|上[载載]|公[开開]|[时時][间間]|日期)\s*[:：]?[-\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PublishLabel();

    [GeneratedRegex(@"(?:成文|印[发發]|[发發]文|[签簽][发發])(?:日期|[时時][间間])?\s*[:：]?[-\s]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentDateLabel();
}
