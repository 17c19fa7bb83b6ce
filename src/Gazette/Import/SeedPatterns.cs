using System.Text.RegularExpressions;

namespace Gazette.Import;

/// <summary>
/// The words of a scraped government page, in simplified and traditional characters: breadcrumbs, the date and
/// source line, widgets, footers. Every pattern matches a whole trimmed line unless it says otherwise.
/// </summary>
internal static partial class SeedPatterns
{
    /// <summary>
    /// A breadcrumb: 您当前所在位置: 首页>资讯中心>新闻动态, 当前位置:首页 » …, 您所在的位置：…, 當前位置：首頁 > …, or a bare
    /// 首页 > 新闻中心 > 工作动态. <see cref="IsBreadcrumb"/> also asks for a separator, so that 位置：某某路 is not one.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:您|你)?(?:当前|當前|现在|現在|目前)?(?:所在)?的?位置(?:是)?\s*[:：]\s*|(?=首\s*[页頁]\s*(?:>|»|›|＞|→|/)))(?<path>.*\S.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Breadcrumb();

    /// <summary>Whether a line is a breadcrumb: the label or a leading 首页, and levels separated by arrows.</summary>
    public static bool IsBreadcrumb(string line) =>
        Breadcrumb().Match(line) is { Success: true } match
        && (BreadcrumbSeparator().IsMatch(match.Groups["path"].Value) || NotASection().IsMatch(match.Groups["path"].Value.Trim()));

    /// <summary>What separates breadcrumb levels.</summary>
    [GeneratedRegex(@"\s*(?:>>|>|»|›|＞|→|&gt;|＞＞|\s/\s|/(?=\S))\s*", RegexOptions.CultureInvariant)]
    public static partial Regex BreadcrumbSeparator();

    /// <summary>Breadcrumb levels that are not sections.</summary>
    [GeneratedRegex(@"^(?:首页|首頁|网站首页|網站首頁|主页|主頁|正文|详情|詳情|内容|內容|正文内容|阅读正文|閱讀正文)$", RegexOptions.CultureInvariant)]
    public static partial Regex NotASection();

    /// <summary>A calendar date with an optional time, anywhere in a line.</summary>
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?<m>\d{1,2})\s*(?:[-/.]|月)\s*(?<d>\d{1,2})(?!\d)\s*日?(?:\s*(?<h>\d{1,2})\s*[:：时時]\s*(?<min>\d{2})(?:\s*[:：分]\s*(?<s>\d{2}))?)?", RegexOptions.CultureInvariant)]
    public static partial Regex Date();

    /// <summary>A line that starts with a numeric date such as 2021-01-25 or 2021/01/25.</summary>
    [GeneratedRegex(@"^[-\s]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)", RegexOptions.CultureInvariant)]
    public static partial Regex StartsWithDate();

    /// <summary>The labels of the date and source line, in any spelling seen.</summary>
    [GeneratedRegex(@"(?:[发發][布佈表稿](?:日期|[时時]間|[时時]间|时间|時間)|[发發][布佈]于|[更][新](?:[时時][间間]|日期)|[时時][间間]|日期|(?:信息|文章|稿件)?[来來]源|作者|[编編][辑輯]|[责責]任[编編][辑輯]|[访訪][问問](?:量|次[数數]|人次)|[浏瀏][览覽](?:量|次[数數])|[点點][击擊](?:量|[数數]|率)|[阅閱][读讀](?:量|次[数數])|字[体體号號]|[打][印]|[分][享])\s*[:：]?", RegexOptions.CultureInvariant)]
    public static partial Regex MetaLabel();

    /// <summary>A line that is nothing but meta labels, separators and short values: "- 访问量:1", "来源:", "- 发布日期:".</summary>
    [GeneratedRegex(@"^[-|\s]*(?:(?:[发發][布佈表稿](?:日期|[时時][间間])|[时時][间間]|日期|(?:信息|文章)?[来來]源|作者|[访訪][问問](?:量|次[数數])|[浏瀏][览覽](?:量|次[数數])|[点點][击擊](?:量|[数數])|字[体體号號])\s*[:：][^:：]{0,30}?[-|\s]*)+$", RegexOptions.CultureInvariant)]
    public static partial Regex MetaOnly();

    /// <summary>The source in a meta line: 来源: X, 來源: X, 信息来源:X, 稿源:X, stopping at the next label, a bracket or a wide gap.</summary>
    [GeneratedRegex(@"(?:(?:信息|文章|稿件)?[来來]源|稿源|出[处處])\s*[:：](?<value>.*?)(?=\s{2,}|\u00A0|\u3000|\s-\s|\s-$|】|\]|[发發][布佈表](?:日期|[时時][间間])|[时時][间間]\s*[:：]|日期\s*[:：]|[访訪][问問](?:量|次[数數])|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀]|作者\s*[:：]|[编編][辑輯]\s*[:：]|字[体體号號]|$)", RegexOptions.CultureInvariant)]
    public static partial Regex SourceValue();

    /// <summary>An archive stamp: 归档时间:2023-06-15.</summary>
    [GeneratedRegex(@"^[归歸][档檔](?:[时時][间間]|日期)\s*[:：]\s*(?<value>\S.*)$", RegexOptions.CultureInvariant)]
    public static partial Regex Archived();

    /// <summary>A repost credit at the end of a body: ---稿件来源:X, 稿件来源：X.</summary>
    [GeneratedRegex(@"^[-—–\s]*(?:稿件|文章|信息)?[来來]源\s*[:：]\s*(?<value>\S.{0,40}?)\s*[)）]?$", RegexOptions.CultureInvariant)]
    public static partial Regex RepostCredit();

    /// <summary>Widgets and navigation that are never content, wherever they stand.</summary>
    [GeneratedRegex(@"^(?:×|x|X|EN|English|ENGLISH|简体|繁體|简|繁|无障碍|無障礙|长者模式|長者模式|关怀版|關懷版|登录|登錄|注册|註冊|搜索|搜 索|https?://\S+|www\.\S+|在整个网站范围内搜索|在整個網站範圍內搜索|请输入关键[字词]|請輸入關鍵[字詞]|.*点击收听.*|.*語音朗讀.*|.*语音朗读.*|【?\s*字[体體号號]\s*[:：].*|字[体體号號]\s*[:：]?\s*(?:大|中|小|默[认認]|超大|\s|\||[打印])*|扫一扫.*|掃一掃.*|.*在手机打开当前页.*|.*在手機打開當前頁.*|【?打印(?:本页|本頁|此页|文章)?】?|【?关闭(?:窗口|本页)?】?|【?關閉(?:窗口|本頁)?】?|【?(?:收藏|分享|纠错|糾錯)】?|分享到\s*[:：]?.*|[访訪][问問]次[数數]\s*[:：]?\s*\d*|[浏瀏][览覽]次[数數]\s*[:：]?\s*\d*|[访訪][问問]量\s*[:：]?\s*\d*|用[户戶]中心.*|您是第\s*\d*\s*[个個位]?[访訪][问問]者.*|上一篇\s*[:：]?.*|下一篇\s*[:：]?.*|返回顶部|返回頂部|返回列表|打印\s*\|.*|分享(?:到)?\s*[:：]\s*\S{0,20}|(?:本文|本页|本頁|当前|當前|总|總|累计|累計)?(?:[访訪][问問]|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀])(?:量|次[数數]|人次)\s*[:：]?\s*\d*\s*次?|您的浏览器不支持.*|您的瀏覽器不支持.*|(?:[【\[]?\s*(?:打印(?:本页|本頁|此页|文章)?|关闭(?:窗口|本页)?|關閉(?:窗口|本頁)?|收藏(?:本页)?|加入收藏|分享|纠错|糾錯|返回顶部|返回頂部|返回列表|字[体體号號]\s*[:：]?\s*(?:大|中|小|默[认認]|超大|\s)*)\s*[】\]]?\s*){2,})$", RegexOptions.CultureInvariant)]
    public static partial Regex Chrome();

    /// <summary>A document number line: 某府〔2011〕33号, 国办发〔2024〕10号, 苏人社发[2020]15号.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,16}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*[号號]$", RegexOptions.CultureInvariant)]
    public static partial Regex DocumentNumber();

    /// <summary>Editor credits and correction links, which name staff rather than say anything.</summary>
    [GeneratedRegex(@"^(?:【[^】]{1,8}】\s*)*(?:[责責]任[编編][辑輯]|[编編][辑輯]|校[对對]|审核|審核|【我要[纠糾][错錯]】)\s*[:：]?.{0,20}$", RegexOptions.CultureInvariant)]
    public static partial Regex EditorCredit();

    /// <summary>Share buttons and other one-word widgets.</summary>
    [GeneratedRegex(@"^(?:微信|微博|QQ|QQ空间|朋友圈|新浪微博|腾讯微博|人人网|豆瓣|打印|关闭|關閉|收藏|分享|返回|顶部|頂部|字体|字體|大|中|小|【大】|【中】|【小】|默认|默認)(?:\s+(?:微信|微博|QQ|QQ空间|朋友圈|新浪微博|腾讯微博|人人网|豆瓣|打印|关闭|關閉|收藏|分享|返回|顶部|頂部|大|中|小|【大】|【中】|【小】))*$", RegexOptions.CultureInvariant)]
    public static partial Regex Widgets();

    /// <summary>A line of top navigation: 首页 (or 首 页) followed by more short menu items.</summary>
    [GeneratedRegex(@"^首\s*[页頁](?:\s+[^\s>»›＞→/]{1,8}){2,}$", RegexOptions.CultureInvariant)]
    public static partial Regex TopNavigation();

    /// <summary>The heading of the related-articles list that follows a body.</summary>
    [GeneratedRegex(@"^【?(?:(?:相关|相關)(?:稿件|文章|链接|鏈接|阅读|閱讀|新闻|新聞|信息|资讯|資訊|报道|報道)|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热点新闻|熱點新聞)】?\s*[:：]?$", RegexOptions.CultureInvariant)]
    public static partial Regex RelatedHeading();

    /// <summary>Footer lines that only a site footer has.</summary>
    [GeneratedRegex(@"(?:主管单位|主管單位|主办单位|主辦單位|承办单位|承辦單位|^主办\s*[:：]|^主辦\s*[:：]|^承办\s*[:：]|^协办\s*[:：]|网站标识码|網站標識碼|ICP[备備證证]|公网安备|公網安備|版权所有|版權所有|Copyright|©|网站地图|網站地圖|技术支持|技術支持|网站维护|網站維護|运行维护|您是第.*[访訪][问問]者|建议使用.*浏览器|分辨率|网站声明|網站聲明|隐私声明|隱私聲明|關於我們|关于我们|政府网站找错|网站纠错|使用帮助|^无障碍|^長者模式|^长者模式)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex StrongFooter();

    /// <summary>Footer lines that a body's closing contact paragraph may share.</summary>
    [GeneratedRegex(@"^(?:联系我们|聯繫我們|联系电话|聯繫電話|电话|電話|地址|邮编|郵編|E-?mail|电子邮箱|電子郵箱|传真|傳真)\s*[:：]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex WeakFooter();

    [GeneratedRegex(@"(?:主管单位|主管單位)\s*[:：]\s*(?<v>[^\s]+)", RegexOptions.CultureInvariant)]
    public static partial Regex Supervisor();

    [GeneratedRegex(@"(?:主办单位|主辦單位)\s*[:：]\s*(?<v>[^\s]+)", RegexOptions.CultureInvariant)]
    public static partial Regex Sponsor();

    [GeneratedRegex(@"(?:网站标识码|網站標識碼)\s*[:：]?\s*(?<v>[0-9A-Za-z]{6,})", RegexOptions.CultureInvariant)]
    public static partial Regex SiteCode();

    [GeneratedRegex(@"(?<v>\p{IsCJKUnifiedIdeographs}ICP[备備]\s*\d+\s*号(?:-\d+)?)", RegexOptions.CultureInvariant)]
    public static partial Regex Icp();

    [GeneratedRegex(@"(?<v>\p{IsCJKUnifiedIdeographs}公[网網]安[备備]\s*\d+\s*号)", RegexOptions.CultureInvariant)]
    public static partial Regex Police();

    [GeneratedRegex(@"(?:联系我们|聯繫我們|联系电话|聯繫電話)\s*[:：]\s*(?<v>[0-9][0-9\-]{4,})", RegexOptions.CultureInvariant)]
    public static partial Regex Phone();

    [GeneratedRegex(@"(?:^|\s)地址\s*[:：]\s*(?<v>[^\s]+)", RegexOptions.CultureInvariant)]
    public static partial Regex Address();

    [GeneratedRegex(@"(?:邮编|郵編)\s*[:：]\s*(?<v>\d{6})", RegexOptions.CultureInvariant)]
    public static partial Regex Postcode();

    [GeneratedRegex(@"E-?mail\s*[:：]\s*(?<v>[^\s@:：]+@[^\s]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Email();
}
