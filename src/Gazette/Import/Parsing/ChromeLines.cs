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
        || DateWidget().IsMatch(line) || Slogan().IsMatch(line) || LanguageLinks().IsMatch(line);

    /// <summary>The "today is" widget, empty or with the day: 今天是, 今天是2023年8月15日 星期二.</summary>
    [GeneratedRegex(@"^今天是\s*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateWidget();

    /// <summary>A slogan banner: ★全国双拥模范城 ★全国文明城市, each honour after a star.</summary>
    [GeneratedRegex(@"^(?:[★☆◆]\s*[^★☆◆。，,；;]{2,24}\s*){1,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Slogan();

    /// <summary>Links to the site in other languages or scripts: English | 繁體, Русская версия.</summary>
    [GeneratedRegex(@"^(?:(?:English|ENGLISH|EN|Русская версия|Русский|Français|Español|日本語|한국어|简体|簡體|繁體|繁体|简体中文|繁體中文|中文版|英文版|俄文版|日文版|韩文版)\s*[|｜/·]?\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageLinks();

    /// <summary>Widgets and navigation that are never content, wherever they stand.</summary>
    [GeneratedRegex(@"^(?:×|x|X|EN|English|ENGLISH|简体|繁體|简|繁|无障碍|無障礙|长者模式|長者模式|关怀版|關懷版|登录|登錄|注册|註冊|搜索|搜 索|https?://\S+|www\.\S+|在整个网站范围内搜索|在整個網站範圍內搜索|请输入关键[字词]|請輸入關鍵[字詞]|.*点击收听.*|.*語音朗讀.*|.*语音朗读.*|【?\s*字[体體号號]\s*[:：].*|字[体體号號]\s*[:：]?\s*(?:大|中|小|默[认認]|超大|\s|\||[打印])*|扫一扫.*|掃一掃.*|.*在手机打开当前页.*|.*在手機打開當前頁.*|【?打印(?:本页|本頁|此页|文章)?】?|【?关闭(?:窗口|本页)?】?|【?關閉(?:窗口|本頁)?】?|【?(?:收藏|分享|纠错|糾錯)】?|分享到\s*[:：]?.*|[访訪][问問]次[数數]\s*[:：]?\s*\d*|[浏瀏][览覽]次[数數]\s*[:：]?\s*\d*|[访訪][问問]量\s*[:：]?\s*\d*|用[户戶]中心.*|您是第\s*\d*\s*[个個位]?[访訪][问問]者.*|上一篇\s*[:：]?.*|下一篇\s*[:：]?.*|返回顶部|返回頂部|返回列表|打印\s*\|.*|分享(?:到)?\s*[:：]\s*\S{0,20}|(?:本文|本页|本頁|当前|當前|总|總|累计|累計)?(?:[访訪][问問]|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀])(?:量|次[数數]|人次)\s*[:：]?\s*\d*\s*次?|您的浏览器不支持.*|您的瀏覽器不支持.*|(?:[【\[]?\s*(?:打印(?:本页|本頁|此页|文章)?|关闭(?:窗口|本页)?|關閉(?:窗口|本頁)?|收藏(?:本页)?|加入收藏|分享|纠错|糾錯|返回顶部|返回頂部|返回列表|字[体體号號]\s*[:：]?\s*(?:大|中|小|默[认認]|超大|\s)*)\s*[】\]]?\s*){2,})$", RegexOptions.CultureInvariant)]
    private static partial Regex Chrome();

    /// <summary>Editor credits and correction links, which name staff rather than say anything.</summary>
    [GeneratedRegex(@"^(?:【[^】]{1,8}】\s*)*(?:[责責]任[编編][辑輯]|[编編][辑輯]|校[对對]|审核|審核|【我要[纠糾][错錯]】)\s*[:：]?.{0,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex EditorCredit();

    /// <summary>Share buttons and other one-word widgets.</summary>
    [GeneratedRegex(@"^(?:微信|微博|QQ|QQ空间|朋友圈|新浪微博|腾讯微博|人人网|豆瓣|打印|关闭|關閉|收藏|分享|返回|顶部|頂部|字体|字體|大|中|小|【大】|【中】|【小】|默认|默認)(?:\s+(?:微信|微博|QQ|QQ空间|朋友圈|新浪微博|腾讯微博|人人网|豆瓣|打印|关闭|關閉|收藏|分享|返回|顶部|頂部|大|中|小|【大】|【中】|【小】))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Widgets();

    /// <summary>A line of top navigation: 首页 (or 首 页) followed by more short menu items.</summary>
    [GeneratedRegex(@"^首\s*[页頁](?:\s+[^\s>»›＞→/]{1,8}){2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex TopNavigation();
}
