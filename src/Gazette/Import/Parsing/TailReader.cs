using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// Where the body ends: the related-articles list (相关稿件, 延伸阅读…) or the site footer, whichever comes first.
/// Nothing from there down is title or body.
/// </summary>
internal sealed partial class TailReader : ISeedReader
{
    /// <inheritdoc />
    public void Read(SeedLines lines, SeedDraft page)
    {
        var footer = FooterStart(lines);
        var tail = footer;
        for (var i = lines.Top; i < footer; i++)
        {
            if (lines.IsText(i) && (RelatedHeading().IsMatch(lines[i]) || RelatedLinksLine().IsMatch(lines[i])))
            {
                tail = i;
                break;
            }

            // Headings a body may also use (相关文件, 政策解读) end it only when nothing but a list of titles follows.
            if (lines.IsText(i) && (RelatedMaterialHeading().IsMatch(lines[i]) || RelatedItemLine().IsMatch(lines[i])) && OnlyTitlesBelow(lines, i, footer))
            {
                tail = i;
                break;
            }
        }

        // An attachments heading with nothing under it (附件下载:, or 附件下载: / 无) is the page template's, not the article's.
        var last = lines.LastTextFrom(tail - 1);
        if (last >= lines.Top && NoneWord().IsMatch(lines[last]) && lines.LastTextFrom(last - 1) is var above && above >= lines.Top && EmptyAttachmentsHeading().IsMatch(lines[above]))
        {
            last = above;
        }

        if (last >= lines.Top && EmptyAttachmentsHeading().IsMatch(lines[last]))
        {
            tail = last;
        }

        lines.EndBefore(tail);
    }

    [GeneratedRegex(@"^【?(?:附件(?:下载|下載|列表)?|相关附件|相關附件|附件材料)】?\s*[:：]?$", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyAttachmentsHeading();

    /// <summary>
    /// The footer is the run of footer, widget and empty lines at the very end. A contact line (电话, 地址) belongs to it
    /// only below its first unmistakable footer line; above that it is the body's own closing paragraph.
    /// </summary>
    private static int FooterStart(SeedLines lines)
    {
        var footer = lines.Count;
        var scan = lines.Count - 1;
        while (scan >= lines.Top && (lines.KindOf(scan) is LineKind.Empty or LineKind.Chrome || StrongFooter().IsMatch(lines[scan]) || WeakFooter().IsMatch(lines[scan])))
        {
            if (lines.KindOf(scan) == LineKind.Chrome || StrongFooter().IsMatch(lines[scan]))
            {
                footer = scan;
            }

            scan--;
        }

        return footer;
    }

    /// <summary>Whether every text line between a heading and the footer is a short title, not prose.</summary>
    private static bool OnlyTitlesBelow(SeedLines lines, int heading, int footer) =>
        lines.TextLines(heading + 1, footer).All(i => lines[i].Length <= LineShapes.LongestTitle && !LineShapes.LooksLikeBody(lines[i]) && !lines[i].EndsWith('：'));

    /// <summary>Headings of related material after a body: 相关解读, 相关文件, 政策解读.</summary>
    [GeneratedRegex(@"^【?(?:(?:相关|相關)(?:解读|解讀|文件|政策|政策解读|政策解讀)|政策解读|政策解讀|解读材料|解讀材料|图文解读|圖文解讀|原文链接|原文鏈接)】?\s*[:：]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedMaterialHeading();

    /// <summary>One related item on its heading's line: 相关文件:关于印发某办法的通知, 原文链接：….</summary>
    [GeneratedRegex(@"^【?(?:(?:相关|相關)(?:链接|鏈接|文件|解读|解讀|稿件|文章|阅读|閱讀|政策)|原文链接|原文鏈接|友情链接|友情鏈接)】?\s*[:：]\s*\S.{0,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedItemLine();

    [GeneratedRegex(@"^(?:无|無|暂无|暫無|没有|沒有)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoneWord();

    /// <summary>The related links listed on the heading's own line, between bars or gaps: 相关链接：海关总署 | 中国国际贸易单一窗口.</summary>
    [GeneratedRegex(@"^【?(?:(?:相关|相關)(?:链接|鏈接|网站|網站|文章|稿件|阅读|閱讀)|友情链接|友情鏈接)】?\s*[:：]\s*[^|｜\s][^。；;]{0,40}(?:\s*[|｜]\s*|\s{2,}|\u3000+)[^。；;]{1,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedLinksLine();

    /// <summary>The heading of the related-articles list that follows a body.</summary>
    [GeneratedRegex(@"^【?(?:(?:相关|相關)(?:稿件|文章|链接|鏈接|阅读|閱讀|新闻|新聞|信息|资讯|資訊|报道|報道)|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热点新闻|熱點新聞|友情链接|友情鏈接)】?\s*[:：]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeading();

    /// <summary>Footer lines that only a site footer has.</summary>
    [GeneratedRegex(@"(?:主管单位|主管單位|主办单位|主辦單位|承办单位|承辦單位|^主办\s*[:：]|^主辦\s*[:：]|\S{2,}(?:主办|主辦)[\s\u3000]+\S|^\S{2,}(?:局|厅|廳|委|办公室|辦公室|政府|中心|院)(?:主办|主辦)$|^承办\s*[:：]|^协办\s*[:：]|网站标识码|網站標識碼|ICP[备備證证]|公网安备|公網安備|版权所有|版權所有|Copyright|©|网站地图|網站地圖|技术支持|技術支持|网站维护|網站維護|运行维护|您是第.*[访訪][问問]者|建议使用.*浏览器|分辨率|网站声明|網站聲明|隐私声明|隱私聲明|關於我們|关于我们|政府网站找错|网站纠错|使用帮助|^无障碍|^長者模式|^长者模式)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StrongFooter();

    /// <summary>Footer lines that a body's closing contact paragraph may share.</summary>
    [GeneratedRegex(@"^(?:联系我们|聯繫我們|联系电话|聯繫電話|电话|電話|地址|邮编|郵編|E-?mail|电子邮箱|電子郵箱|传真|傳真)\s*[:：]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeakFooter();
}
