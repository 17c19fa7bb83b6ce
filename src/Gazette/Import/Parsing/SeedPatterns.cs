using System.Text.RegularExpressions;

namespace Gazette.Import.Parsing;

/// <summary>
/// The words of a scraped government page that several readers share, in simplified and traditional characters: dates
/// and the date and source line. A pattern only one reader uses lives with that reader. Every pattern matches a whole
/// trimmed line unless it says otherwise.
/// </summary>
internal static partial class SeedPatterns
{
    /// <summary>A calendar date with an optional time, anywhere in a line.</summary>
    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?<m>\d{1,2})\s*(?:[-/.]|月)\s*(?<d>\d{1,2})(?!\d)\s*日?(?:\s*(?<h>\d{1,2})\s*[:：时時]\s*(?<min>\d{2})(?:\s*[:：分]\s*(?<s>\d{2}))?)?", RegexOptions.CultureInvariant)]
    public static partial Regex Date();

    /// <summary>
    /// A document's number alone on a line, <c>number</c> without the brackets around a whole line: 某府〔2011〕33号,
    /// 苏人社发[2020]15号, an announcement's （2023年第28号）.
    /// </summary>
    [GeneratedRegex(@"^[（(]?\s*(?<number>\p{IsCJKUnifiedIdeographs}{1,16}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*[号號]|(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*[号號期])\s*[）)]?$", RegexOptions.CultureInvariant)]
    public static partial Regex DocumentNumber();

    /// <summary>A line that starts with a numeric date such as 2021-01-25 or 2021/01/25.</summary>
    [GeneratedRegex(@"^[-\s]*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)", RegexOptions.CultureInvariant)]
    public static partial Regex StartsWithDate();

    /// <summary>A line that is nothing but meta labels, separators and short values: "- 访问量:1", "来源:", "- 发布日期:".</summary>
    [GeneratedRegex(@"^[-|\s]*(?:(?:[发發][布佈表稿](?:日期|[时時][间間])|(?:更新|修改)(?:日期|[时時][间間])|(?:[发發][布佈文](?:机构|機構|机关|機關|单位|單位|部门|部門)|[发發][布佈](?:者|人))|[时時][间間]|日期|(?:信息|文章)?[来來]源|作者|摄影|攝影|摄像|攝像|记者|記者|通讯员|通訊員|审核|審核|[责責]任[编編][辑輯]|[编編][辑輯]|[访訪][问問](?:量|次[数數])|[浏瀏][览覽](?:量|次[数數])|[点點][击擊](?:量|[数數])|字[体體号號]|分享(?:到)?|打印)\s*[:：][^:：]{0,30}?[-|\s]*)+$", RegexOptions.CultureInvariant)]
    public static partial Regex MetaOnly();

    /// <summary>The source in a meta line: 来源: X, 來源: X, 信息来源:X, 稿源:X, stopping at the next label, a bracket or a wide gap.</summary>
    [GeneratedRegex(@"(?:(?:信息|文章|稿件)?[来來]源|稿源|出[处處])\s*[:：](?<value>.*?)(?=\s{2,}|\u00A0|\u3000|\s-\s|\s-$|】|\]|[发發][布佈表](?:日期|[时時][间間])|\s*(?:更新|修改)(?:日期|[时時][间間])|\s*(?:[发發][布佈文](?:机构|機構|机关|機關|单位|單位|部门|部門)|[发發][布佈](?:者|人))|[时時][间間]\s*[:：]|日期\s*[:：]|[访訪][问問](?:量|次[数數])|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀]|作者\s*[:：]|[编編][辑輯]\s*[:：]|(?:摄影|攝影|摄像|攝像|记者|記者|通讯员|通訊員|审核|審核|[责責]任[编編][辑輯])\s*[:：]|字[体體号號]|$)", RegexOptions.CultureInvariant)]
    public static partial Regex SourceValue();

    /// <summary>The publishing body in a meta line: 发布机构: X, 发文机关: X …, stopping as <see cref="SourceValue"/> does.</summary>
    [GeneratedRegex(@"(?:[发發][布佈文](?:机构|機構|机关|機關|单位|單位|部门|部門)|[发發][布佈](?:者|人))\s*[:：](?<value>.*?)(?=\s{2,}|\u00A0|\u3000|\s-\s|\s-$|】|\]|\[|\s*[发發][布佈表](?:日期|[时時][间間])|\s*(?:更新|修改)(?:日期|[时時][间間])|\s*(?:(?:信息|文章|稿件)?[来來]源|稿源)\s*[:：]|[时時][间間]\s*[:：]|日期\s*[:：]|[访訪][问問](?:量|次[数數])|[浏瀏][览覽]|[点點][击擊]|[阅閱][读讀]|作者\s*[:：]|[编編][辑輯]\s*[:：]|(?:摄影|攝影|摄像|攝像|记者|記者|通讯员|通訊員|审核|審核|[责責]任[编編][辑輯])\s*[:：]|字[体體号號]|$)", RegexOptions.CultureInvariant)]
    public static partial Regex PublisherValue();
}
