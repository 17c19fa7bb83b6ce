namespace Gazette.Site;

/// <summary>The 信息公开 fields of a public-information page; any may be missing.</summary>
/// <param name="IndexNo">索引号.</param>
/// <param name="Publisher">发布机构.</param>
/// <param name="DocNo">文号.</param>
/// <param name="DocDate">成文/发文日期, as the page wrote it.</param>
/// <param name="Archived">归档时间, as the page wrote it.</param>
/// <param name="Status">Validity (有效性), e.g. 有效, 已废止 or 已失效.</param>
/// <param name="Topic">主题分类, as the page wrote it.</param>
/// <param name="Keywords">关键词 (主题词), as the page wrote them.</param>
internal sealed record PublicInformation(
    string? IndexNo = null,
    string? Publisher = null,
    string? DocNo = null,
    string? DocDate = null,
    string? Archived = null,
    string? Status = null,
    string? Topic = null,
    string? Keywords = null)
{
    /// <summary>Whether any field is present.</summary>
    public bool IsEmpty => IndexNo is null && Publisher is null && DocNo is null && DocDate is null && Archived is null && Status is null && Topic is null && Keywords is null;

    /// <summary>Whether the document is no longer in force (已废止, 已失效), so readers must be warned.</summary>
    public bool IsWithdrawn => Status?.Trim() is "已废止" or "已失效" or "废止" or "失效";

    /// <summary>Whether any field the 信息公开 table shows (all but 归档时间, shown beside the date) is present.</summary>
    public bool HasTableFields => IndexNo is not null || Publisher is not null || DocNo is not null || DocDate is not null || Status is not null || Topic is not null || Keywords is not null;
}
