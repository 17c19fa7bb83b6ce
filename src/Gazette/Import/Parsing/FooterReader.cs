using System.Text.RegularExpressions;
using Gazette.Site;

namespace Gazette.Import.Parsing;

/// <summary>
/// The site facts a footer states (主管单位, 主办单位, 网站标识码, ICP and police filings, phone, address, postcode,
/// e-mail), searched for outside the article (above the breadcrumb and from the related list and footer down), so
/// that a notice's own contact paragraph never becomes the site's: each is taken from its first labelled occurrence.
/// </summary>
internal sealed partial class FooterReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        var text = string.Join('\n', lines.All.Take(lines.Top).Concat(lines.All.Skip(lines.Tail)));
        string? Find(Regex pattern) => pattern.Match(text) is { Success: true } m ? m.Groups["v"].Value.Trim() : null;
        page.Footer = SiteFooter.From(field => Find(PatternOf(field.Key)));
    }

    /// <summary>How a page labels each fact of <see cref="SiteFooter.Fields"/>; a new field fails here until taught.</summary>
    private static Regex PatternOf(string key) => key switch
    {
        "supervisor" => Supervisor(),
        "sponsor" => Sponsor(),
        "site_code" => SiteCode(),
        "icp" => Icp(),
        "police" => Police(),
        "phone" => Phone(),
        "address" => Address(),
        "postcode" => Postcode(),
        "email" => Email(),
        _ => throw new InvalidOperationException($"no footer pattern for '{key}'"),
    };

    [GeneratedRegex(@"(?:主管单位|主管單位)\s*[:：]\s*(?<v>[^\s]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Supervisor();

    [GeneratedRegex(@"(?:主办单位|主辦單位|主办|主辦)\s*[:：]\s*(?<v>[^\s]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Sponsor();

    [GeneratedRegex(@"(?:网站标识码|網站標識碼)\s*[:：]?\s*(?<v>[0-9A-Za-z]{6,})", RegexOptions.CultureInvariant)]
    private static partial Regex SiteCode();

    [GeneratedRegex(@"(?<v>\p{IsCJKUnifiedIdeographs}ICP[备備]\s*\d+\s*号(?:-\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Icp();

    [GeneratedRegex(@"(?<v>\p{IsCJKUnifiedIdeographs}公[网網]安[备備]\s*\d+\s*号)", RegexOptions.CultureInvariant)]
    private static partial Regex Police();

    [GeneratedRegex(@"(?:联系我们|聯繫我們|联系电话|聯繫電話)\s*[:：]\s*(?<v>[0-9][0-9\-]{4,})", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?:^|\s)地址\s*[:：]\s*(?<v>[^\s]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"(?:邮编|郵編)\s*[:：]\s*(?<v>\d{6})", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"E-?mail\s*[:：]\s*(?<v>[^\s@:：]+@[^\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
