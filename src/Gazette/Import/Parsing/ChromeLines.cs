using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// Lines that are page chrome wherever they stand — widgets, menus, share buttons, editor credits — so that
/// <see cref="SeedLines"/> marks them before any reader runs.
/// </summary>
internal static partial class ChromeLines
{
    /// <summary>Whether a line is chrome on its own, whatever surrounds it.</summary>
    public static bool IsChrome(string line) =>
        Chrome().IsMatch(line) || Widgets().IsMatch(line) || TopNavigation().IsMatch(line) || EditorCredit().IsMatch(line)
        || DateWidget().IsMatch(line) || Slogan().IsMatch(line) || LanguageLinks().IsMatch(line) || VisitCounter().IsMatch(line)
        || WidgetBar().IsMatch(line) || Credits().IsMatch(line) || Social().IsMatch(line);

    /// <summary>
    /// A menu on one line: three or more short items between bars (信息公开指南 | 信息公开制度 | 依申请公开). A table
    /// row flattened with bars has the same shape, so a line counts as a menu only when neither neighbour is a row
    /// (<paramref name="previous"/> and <paramref name="next"/>: the nearest non-empty lines, or null).
    /// </summary>
    public static bool IsMenu(string line, string? previous, string? next) =>
        (MenuLine().IsMatch(line) || (LinkBar().IsMatch(line) && OrganisationLink().IsMatch(line))) && !IsBarred(previous) && !IsBarred(next);

    private static bool IsBarred(string? line) => line is not null && (line.Contains('|', StringComparison.Ordinal) || line.Contains('｜', StringComparison.Ordinal));

    /// <summary>The "today is" widget, empty or with the day: 今天是, 今天是：2023年8月15日 星期二 农历七月初一.</summary>
    [GeneratedRegex(@"^今天是\s*[:：]?\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*(?:农历\S{0,12}|農曆\S{0,12})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateWidget();

    /// <summary>A slogan banner: ★全国双拥模范城 ★全国文明城市, or one honour between stars (★ 欢迎您 ★).</summary>
    [GeneratedRegex(@"^(?:[★☆◆]\s*[^★☆◆。，,；;]{2,24}\s*){1,}[★☆◆]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slogan();

    /// <summary>
    /// A visit counter in any of its wordings, alone or several on a line: 您是本站第 1234567 位访问者, 访问人数：1234567,
    /// 本站访问量：1234567, 今日访问：12 总访问：123456, 阅读次数：356.
    /// </summary>
    [GeneratedRegex(@"^(?:您是(?:本站|本网站|本網站|本网|本網)?第\s*\d*\s*[个個位名]?[访訪][问問]者.*|(?:\s*(?:本站|本网站|本網站|本页|本頁|本文|网站|網站)?(?:今日|今天|昨日|本月|总|總|累计|累計)?(?:[访訪][问問]|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀])(?:人[数數]|人次|次[数數]|量|总量|總量|[数數]|统计|統計)?\s*[:：]\s*\d+\s*(?:次|人次|人)?)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex VisitCounter();

    /// <summary>A bar of page-mode and widget links: 无障碍 | 长者模式 | 简 | 繁 | EN, 打印本页 | 关闭窗口.</summary>
    [GeneratedRegex(@"^(?:[【\[]?\s*(?:无障碍|無障礙|长者模式|長者模式|关怀版|關懷版|适老化|適老化|简|繁|简体|簡體|繁體|繁体|EN|English|ENGLISH|手机版|手機版|登录|登錄|注册|註冊|打印(?:本页|本頁|此页|文章)?|关闭(?:窗口|本页)?|關閉(?:窗口|本頁)?|收藏(?:本页)?|加入收藏|返回顶部|返回頂部|返回列表|返回首页|返回首頁|分享|纠错|糾錯)\s*[】\]]?\s*[|｜/·]?\s*){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex WidgetBar();

    /// <summary>Links between bars, however long, at least one to a government body's site (<see cref="OrganisationLink"/>): 济南市人民政府 | 中华人民共和国人力资源和社会保障部.</summary>
    [GeneratedRegex(@"^\s*[^|｜\d。，,；;：:\s]{2,24}(?:\s*[|｜]\s*[^|｜\d。，,；;：:\s]{2,24})+\s*[|｜]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkBar();

    /// <summary>An item of a link bar that names a government body or its site (the others may be portal names: 中国湖州).</summary>
    [GeneratedRegex(@"(?:^|[|｜])\s*[^|｜\s]{2,22}(?:部|局|厅|廳|委|委员会|委員會|办公室|辦公室|政府|中心|网|網|网站|網站|院|会|會)\s*(?=[|｜]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationLink();

    /// <summary>Three or more short items, none of them a sentence or a number, between bars.</summary>
    [GeneratedRegex(@"^\s*[^|｜\d。，,；;：:]{2,10}(?:\s*[|｜]\s*[^|｜\d。，,；;：:]{2,10}){2,}\s*[|｜]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MenuLine();

    /// <summary>Links to the site in other languages or scripts: English | 繁體, Русская версия.</summary>
    [GeneratedRegex(@"^(?:(?:English|ENGLISH|EN|Русская версия|Русский|Français|Español|日本語|한국어|简体|簡體|繁體|繁体|简体中文|繁體中文|中文版|英文版|俄文版|日文版|韩文版)\s*[|｜/·]?\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageLinks();

    /// <summary>Widgets and navigation that are never content, wherever they stand.</summary>
    [GeneratedRegex(@"^(?:×|x|X|EN|English|ENGLISH|简体|繁體|简|繁|无障碍|無障礙|长者模式|長者模式|关怀版|關懷版|登录|登錄|注册|註冊|搜索|搜 索|https?://\S+|www\.\S+|在整个网站范围内搜索|在整個網站範圍內搜索|请输入关键[字词]|請輸入關鍵[字詞]|.*点击收听.*|.*語音朗讀.*|.*语音朗读.*|【?\s*字[体體号號]\s*[:：].*|字[体體号號]\s*[:：]?\s*(?:大|中|小|默[认認]|超大|\s|\||[打印])*|扫一扫.*|掃一掃.*|.*在手机打开当前页.*|.*在手機打開當前頁.*|【?打印(?:本页|本頁|此页|文章)?】?|【?关闭(?:窗口|本页)?】?|【?關閉(?:窗口|本頁)?】?|【?(?:收藏|分享|纠错|糾錯)】?|分享[到至]\s*[:：]?.*|(?:视力保护色|視力保護色|背景色|护眼模式|護眼模式)\s*[:：]?.*|[访訪][问問]次[数數]\s*[:：]?\s*\d*|[浏瀏][览覽]次[数數]\s*[:：]?\s*\d*|[访訪][问問]量\s*[:：]?\s*\d*|用[户戶]中心.*|您是第\s*\d*\s*[个個位]?[访訪][问問]者.*|上一[篇条條]\s*[:：]?.*|下一[篇条條]\s*[:：]?.*|返回顶部|返回頂部|返回列表|打印\s*\|.*|分享(?:到)?\s*[:：]\s*\S{0,20}|(?:本文|本页|本頁|当前|當前|总|總|累计|累計)?(?:[访訪][问問]|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀])(?:量|次[数數]|人次)\s*[:：]?\s*\d*\s*次?|您的浏览器不支持.*|您的瀏覽器不支持.*|(?:[【\[]?\s*(?:打印(?:本页|本頁|此页|文章)?|关闭(?:窗口|本页)?|關閉(?:窗口|本頁)?|收藏(?:本页)?|加入收藏|分享|纠错|糾錯|返回顶部|返回頂部|返回列表|字[体體号號]\s*[:：]?\s*(?:大|中|小|默[认認]|超大|\s)*)\s*[】\]]?\s*){2,})$", RegexOptions.CultureInvariant)]
    private static partial Regex Chrome();

    /// <summary>Editor credits and correction links, which name staff rather than say anything.</summary>
    [GeneratedRegex(@"^(?:【[^】]{1,8}】\s*)*(?:[责責]任[编編][辑輯]|[编編][辑輯]|校[对對]|审核|審核|【我要[纠糾][错錯]】)\s*[:：]?.{0,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex EditorCredit();

    /// <summary>
    /// A line of credits only, in brackets or not: 摄影：孙某, 作者：王某　摄影：李某　编辑：赵某, 【责任编辑：赵某】. Each
    /// credit is a label, a colon and a name or two, so a sentence that starts with such a word stays body.
    /// </summary>
    [GeneratedRegex(@"^(?:[【\[（(]?\s*(?:[责責]任[编編][辑輯]|[责責][编編]|[编編][辑輯]|美[编編]|校[对對]|审核|審核|初审|初審|复审|複審|终审|終審|审签|審簽|签发|簽發|作者|撰稿|撰文|供稿|文字|图片|圖片|摄影|攝影|摄像|攝像|记者|記者|通讯员|通訊員|视频|視頻)\s*[:：/]\s*[^\s:：。，,；;【】\[\]()（）]{1,12}(?:[ 　、,，]+[^\s:：。，,；;【】\[\]()（）]{1,12})*\s*[】\]）)]?\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Credits();

    /// <summary>Likes, QR codes and follow-us lines: 点赞(12), 点赞 12　收藏, 扫描二维码在手机上查看, 扫码关注“某某”微信公众号.</summary>
    [GeneratedRegex(@"^(?:(?:[【\[]?\s*(?:点赞|點讚|点赞数|赞|讚|收藏|评论|評論|转发|轉發)\s*[\(（]?\s*\d*\s*[\)）]?\s*[】\]]?\s*)+|(?:微信|手机|手機)?(?:扫描|掃描|扫一扫|掃一掃|扫码|掃碼|长按|長按)(?:二维码|二維碼|识别|識別)?[^。！？!?；;]{0,24}|(?:手机|手機|微信|官方)?二维码|(?:手机|手機|微信|官方)?二維碼|关注.{0,16}(?:公众号|公眾號|微信|微博|视频号|抖音号))$", RegexOptions.CultureInvariant)]
    private static partial Regex Social();

    /// <summary>Share buttons and other one-word widgets.</summary>
    [GeneratedRegex(@"^(?:微信|微博|QQ|QQ空间|朋友圈|新浪微博|腾讯微博|人人网|豆瓣|打印|关闭|關閉|收藏|分享|返回|顶部|頂部|字体|字體|大|中|小|【大】|【中】|【小】|默认|默認)(?:\s+(?:微信|微博|QQ|QQ空间|朋友圈|新浪微博|腾讯微博|人人网|豆瓣|打印|关闭|關閉|收藏|分享|返回|顶部|頂部|大|中|小|【大】|【中】|【小】))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Widgets();

    /// <summary>A line of top navigation: 首页 (or 首 页) followed by more short menu items.</summary>
    [GeneratedRegex(@"^首\s*[页頁](?:\s+[^\s>»›＞→/]{1,8}){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex TopNavigation();
}
