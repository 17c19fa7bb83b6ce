using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Gazette.Site;

namespace Gazette.Import;

/// <summary>
/// Reads the text of a scraped article page: breadcrumb, title, the date and source line, the body, and the footer.
/// Whatever it cannot find with confidence it leaves null, never guessing.
/// </summary>
public static partial class SeedParser
{
    /// <summary>Parses a seed's text (already decoded).</summary>
    public static SeedPage Parse(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

        var breadcrumbLine = Array.FindIndex(lines, l => Breadcrumb().IsMatch(l));
        var section = breadcrumbLine >= 0 ? SectionPath(Breadcrumb().Match(lines[breadcrumbLine]).Groups["path"].Value) : [];

        var dateLine = FindDateLine(lines, Math.Max(0, breadcrumbLine + 1));
        var date = dateLine >= 0 ? ReadDate(lines[dateLine]) : null;
        var source = dateLine >= 0 ? ReadSource(lines[dateLine]) : null;

        // Without a date line the title is still the first line under the breadcrumb; with neither, nothing is sure.
        var titleEnd = dateLine >= 0 ? dateLine : breadcrumbLine >= 0 ? FirstTextLine(lines, breadcrumbLine + 1) + 1 : -1;
        var title = titleEnd > 0 ? ReadTitle(lines, breadcrumbLine + 1, titleEnd) : null;
        var bodyStart = dateLine >= 0 ? dateLine + 1 : Math.Max(titleEnd, breadcrumbLine + 1);
        var paragraphs = ReadBody(lines, bodyStart);
        return new SeedPage(title, date, source, section, paragraphs, ReadFooter(lines));
    }

    private static ImmutableArray<string> SectionPath(string path)
    {
        var names = BreadcrumbSeparator().Split(path)
            .Select(n => n.Trim())
            .Where(n => n.Length > 0 && n is not "首页" and not "网站首页" and not "主页")
            .ToList();

        // Some sites repeat a level (工作动态 > 工作动态); one is enough.
        var distinct = new List<string>();
        foreach (var name in names.Where(name => distinct.Count == 0 || !string.Equals(distinct[^1], name, StringComparison.Ordinal)))
        {
            distinct.Add(name);
        }

        return [.. distinct];
    }

    private static int FindDateLine(string[] lines, int start)
    {
        for (var i = start; i < lines.Length; i++)
        {
            if (DateTime().IsMatch(lines[i]) && (DateLabel().IsMatch(lines[i]) || SourceLabel().IsMatch(lines[i])))
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstTextLine(string[] lines, int start)
    {
        for (var i = start; i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (line.Length > 0 && !ChromeLine().IsMatch(line))
            {
                return i;
            }
        }

        return -1;
    }

    private static PublicationDate? ReadDate(string line)
    {
        var match = DateTime().Match(line);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > System.DateTime.DaysInMonth(year, month))
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

        // Old CMSs print 00:00:00 for "no time recorded"; a real midnight release is indistinguishable and rare.
        return hour == 0 && minute == 0 && second == 0
            ? PublicationDate.OnDay(year, month, day)
            : PublicationDate.At(year, month, day, hour, minute, second);
    }

    private static string? ReadSource(string line)
    {
        var match = SourceValue().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["value"].Value.Trim(' ', '\u00A0', '\u3000', '\t');
        return value.Length > 0 ? value : null;
    }

    private static string? ReadTitle(string[] lines, int start, int end)
    {
        var parts = new List<string>();
        for (var i = start; i < end; i++)
        {
            var line = Clean(lines[i]);
            if (line.Length > 0 && !ChromeLine().IsMatch(line))
            {
                parts.Add(line);
            }
        }

        return parts.Count > 0 ? string.Concat(parts) : null;
    }

    private static ImmutableArray<string> ReadBody(string[] lines, int start)
    {
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        for (var i = Math.Max(0, start); i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (EndOfBody().IsMatch(line))
            {
                break;
            }

            if (line.Length > 0 && !ChromeLine().IsMatch(line))
            {
                paragraphs.Add(line);
            }
        }

        return paragraphs.ToImmutable();
    }

    private static SiteFooter ReadFooter(string[] lines)
    {
        var text = string.Join('\n', lines);
        string? Find(Regex pattern) => pattern.Match(text) is { Success: true } m ? m.Groups["v"].Value.Trim() : null;
        return new SiteFooter(
            Find(Supervisor()),
            Find(Sponsor()),
            Find(SiteCode()),
            Find(Icp()),
            Find(Police()),
            Find(Phone()),
            Find(Address()),
            Find(Postcode()),
            Find(Email()));
    }

    private static string Clean(string line) => line.Trim(' ', '\t', '\u00A0', '\u3000');

    [GeneratedRegex(@"^\s*(?:您当前所在位置|您现在的位置|当前位置|所在位置)\s*[:：]\s*(?<path>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"\s*(?:>>|>|»|›|＞|→)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BreadcrumbSeparator();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})[-/年.](?<m>\d{1,2})[-/月.](?<d>\d{1,2})日?(?:\s*(?<h>\d{1,2})[:：](?<min>\d{2})(?:[:：](?<s>\d{2}))?)?", RegexOptions.CultureInvariant)]
    private static partial Regex DateTime();

    [GeneratedRegex(@"发布日期|发布时间|发表时间|时间|日期", RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"(?:信息)?[来來]源\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex SourceLabel();

    [GeneratedRegex(@"(?:信息)?[来來]源\s*[:：](?<value>.*?)(?=\s{2,}|\u00A0|\u3000|发布日期|发布时间|时间\s*[:：]|日期\s*[:：]|访问量|访问次数|浏览量|浏览次数|作者\s*[:：]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SourceValue();

    [GeneratedRegex(@"^(?:×|EN|https?://\S+|在整个网站范围内搜索|点击收听.*|【字体.*|字[號号]\s*[:：].*|扫一扫.*|打印本页|关闭窗口|访问次数\s*[:：]?.*|用户中心.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ChromeLine();

    [GeneratedRegex(@"^(?:相关稿件|相关文章|相关链接|您是第.*访问者|主管单位\s*[:：].*|主办单位\s*[:：].*|网站标识码.*|联系我们\s*[:：].*|网站地图|.*ICP备.*|.*公网安备.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EndOfBody();

    [GeneratedRegex(@"主管单位\s*[:：]\s*(?<v>[^\s]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Supervisor();

    [GeneratedRegex(@"主办单位\s*[:：]\s*(?<v>[^\s]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Sponsor();

    [GeneratedRegex(@"网站标识码\s*[:：]\s*(?<v>[0-9A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SiteCode();

    [GeneratedRegex(@"(?<v>\p{IsCJKUnifiedIdeographs}ICP备\d+号(?:-\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Icp();

    [GeneratedRegex(@"(?<v>\p{IsCJKUnifiedIdeographs}公网安备\s*\d+号)", RegexOptions.CultureInvariant)]
    private static partial Regex Police();

    [GeneratedRegex(@"(?:联系我们|联系电话|电话)\s*[:：]\s*(?<v>[0-9][0-9\-]{4,})", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"地址\s*[:：]\s*(?<v>[^\s]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Address();

    [GeneratedRegex(@"邮编\s*[:：]\s*(?<v>\d{6})", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"E-?mail\s*[:：]\s*(?<v>[^\s@]+@[^\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
