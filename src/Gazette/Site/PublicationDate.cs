using System.Globalization;

namespace Gazette.Site;

/// <summary>
/// When an article was published. A page that gives only a day has no time, and none is invented:
/// <see cref="HasTime"/> is false and every rendering shows the day alone.
/// </summary>
/// <param name="Value">The instant; midnight of the day when there is no time.</param>
/// <param name="HasTime">Whether the source gave a time of day.</param>
internal readonly record struct PublicationDate(DateTimeOffset Value, bool HasTime) : IComparable<PublicationDate>
{
    /// <summary>China Standard Time, the offset of every date the bureau publishes.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The earliest year a publication date may have; earlier ones are typing mistakes, such as 0001-01-01.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a publication date may have.</summary>
    public const int MaxYear = 2200;

    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>A date and time in China Standard Time.</summary>
    public static PublicationDate At(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(new DateTimeOffset(year, month, day, hour, minute, second, ChinaOffset), true);

    /// <summary>A day with no time.</summary>
    public static PublicationDate OnDay(int year, int month, int day) =>
        new(new DateTimeOffset(year, month, day, 0, 0, 0, ChinaOffset), false);

    /// <summary>
    /// Reads the front matter forms: <c>2021-01-08T13:28:00+08:00</c>, the same without seconds or offset
    /// (China Standard Time is assumed), or a bare day <c>2021-01-08</c>.
    /// </summary>
    public static bool TryParse(string text, out PublicationDate date) => TryParse(text, out date, out _);

    /// <summary>
    /// As <see cref="TryParse(string, out PublicationDate)"/>; <paramref name="outsideYears"/> tells a well-formed date
    /// whose year is outside <see cref="MinYear"/>–<see cref="MaxYear"/> (refused too) from text that is no date at all.
    /// </summary>
    public static bool TryParse(string text, out PublicationDate date, out bool outsideYears)
    {
        date = default;
        outsideYears = false;
        var trimmed = text.Trim();

        // Each form is read into a DateTime first: near year 1 or 9999 an offset would carry the instant out of
        // DateTimeOffset's range, which throws rather than failing.
        if (trimmed.Length > 6 && TimeZoneOffset(trimmed) is { } offset
            && DateTime.TryParseExact(trimmed[..^6], LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            outsideYears = !InRange(clock.Year);
            date = outsideYears ? default : new PublicationDate(new DateTimeOffset(clock, offset), true);
            return !outsideYears;
        }

        if (DateTime.TryParseExact(trimmed, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            outsideYears = !InRange(local.Year);
            date = outsideYears ? default : new PublicationDate(new DateTimeOffset(local, ChinaOffset), true);
            return !outsideYears;
        }

        if (DateTime.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            outsideYears = !InRange(day.Year);
            date = outsideYears ? default : OnDay(day.Year, day.Month, day.Day);
            return !outsideYears;
        }

        return false;
    }

    private static bool InRange(int year) => year is >= MinYear and <= MaxYear;

    /// <summary>The offset at the end of an offset form (<c>+08:00</c>), or null when it is beyond ±14 hours.</summary>
    private static TimeSpan? TimeZoneOffset(string text)
    {
        var sign = text[^6] == '-' ? -1 : 1;
        if (text[^6] is not ('+' or '-') || text[^3] != ':' || !TimeSpan.TryParseExact(text[^5..], "hh\\:mm", CultureInfo.InvariantCulture, out var offset))
        {
            return null;
        }

        var signed = sign * offset;
        return signed.Duration() <= TimeSpan.FromHours(14) ? signed : null;
    }

    /// <summary>The front matter and W3C form: <c>2021-01-08T13:28:00+08:00</c>, or <c>2021-01-08</c> without a time.</summary>
    public string ToIsoString() => HasTime
        ? Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The form readers see and PubDate carries: <c>2021-01-08 13:28</c>, or <c>2021-01-08</c>.</summary>
    public string ToDisplayString() => HasTime
        ? Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        : Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The day alone, as list items show it: <c>2021-01-08</c>.</summary>
    public string ToDayString() => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The month folder of article addresses: <c>202101</c>.</summary>
    public string ToMonthFolder() => Value.ToString("yyyyMM", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public int CompareTo(PublicationDate other) => Value.CompareTo(other.Value);

    /// <summary>Orders by instant.</summary>
    public static bool operator <(PublicationDate left, PublicationDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders by instant.</summary>
    public static bool operator >(PublicationDate left, PublicationDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders by instant.</summary>
    public static bool operator <=(PublicationDate left, PublicationDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by instant.</summary>
    public static bool operator >=(PublicationDate left, PublicationDate right) => left.CompareTo(right) >= 0;
}
