using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// The page's frame: the first breadcrumb line gives the section path, and everything above it (the site's banner,
/// menus and widgets) is chrome. A page without a breadcrumb has no section and starts at its first line.
/// </summary>
internal sealed partial class FrameReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.IsText(i) && (IsBreadcrumb(lines[i]) || IsBareSiteBreadcrumb(lines[i])))
            {
                var path = Breadcrumb().Match(lines[i]) is { Success: true } labelled ? labelled.Groups["path"].Value : lines[i];
                page.Section = SectionPath(path);
                lines.StartBelow(i);
                return;
            }
        }
    }

    private static ImmutableArray<string> SectionPath(string path)
    {
        var names = new List<string>();
        foreach (var part in BreadcrumbSeparator().Split(path))
        {
            var name = SeedText.Clean(part);
            if (name.Length == 0 || NotASection().IsMatch(name))
            {
                continue;
            }

            // Some sites repeat a level (工作动态 > 工作动态); one is enough.
            if (names.Count == 0 || !string.Equals(names[^1], name, StringComparison.Ordinal))
            {
                names.Add(name);
            }
        }

        // A breadcrumb may start at the site's own name instead of 首页 (某某市人力资源和社会保障局 > 政务公开 > …).
        if (names.Count >= 2 && LineShapes.IsOrganisationName(names[0]))
        {
            names.RemoveAt(0);
        }

        return [.. names];
    }


    /// <summary>
    /// A breadcrumb: 您当前所在位置: 首页>资讯中心>新闻动态, 您当前浏览位置：…, 您现在的位置: …, 当前位置:首页 » …, 您所在的位置：…, 當前位置：首頁 > …, or a bare
    /// 首页 > 新闻中心 > 工作动态. <see cref="IsBreadcrumb"/> also asks for a separator, so that 位置：某某路 is not one.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:您|你)?的?(?:当前|當前|现在|現在|目前)?(?:所在|所处|所處|浏览|瀏覽|访问|訪問)?的?(?:位置|路径|路徑)(?:是)?\s*[:：]\s*|(?=首\s*[页頁]\s*(?:>|»|›|＞|→|/)))(?<path>.*\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    /// <summary>Whether a line is a breadcrumb: the label or a leading 首页, and levels separated by arrows.</summary>
    private static bool IsBreadcrumb(string line) =>
        Breadcrumb().Match(line) is { Success: true } match
        && (BreadcrumbSeparator().IsMatch(match.Groups["path"].Value) || NotASection().IsMatch(match.Groups["path"].Value.Trim()));

    /// <summary>A bare breadcrumb that starts at the site's own name instead of 首页: 某某市交通运输局 > 通知公告.</summary>
    private static bool IsBareSiteBreadcrumb(string line) =>
        BareBreadcrumb().IsMatch(line) && LineShapes.IsOrganisationName(BreadcrumbSeparator().Split(line.Trim())[0].Trim());

    [GeneratedRegex(@"^\s*[^\s>»›＞→]{2,30}(?:\s*(?:>>|>|»|›|＞|→)\s*[^\s>»›＞→]{1,20}){1,7}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareBreadcrumb();

    /// <summary>What separates breadcrumb levels.</summary>
    [GeneratedRegex(@"\s*(?:>>|>|»|›|＞|→|&gt;|＞＞|\s/\s|/(?=\S))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BreadcrumbSeparator();

    /// <summary>Breadcrumb levels that are not sections.</summary>
    [GeneratedRegex(@"^(?:首页|首頁|网站首页|網站首頁|主页|主頁|正文|详情|詳情|内容|內容|正文内容|阅读正文|閱讀正文)$", RegexOptions.CultureInvariant)]
    private static partial Regex NotASection();
}
