namespace Gazette.Import;

/// <summary>Which rule put an imported page in its section, in the order they are tried.</summary>
public enum SectionPlacement
{
    /// <summary>The page's own breadcrumb (您当前的位置:首页 > 资讯中心 > 通知公告).</summary>
    Breadcrumb,

    /// <summary>The seed's folder under <c>seeds/</c>, named by the section's slugs or names (<c>seeds/zxzx/tzgg/</c>).</summary>
    SeedFolder,

    /// <summary><c>default_section</c> in <c>_site.yml</c>.</summary>
    DefaultSection,

    /// <summary>No rule applied: the article is held for review.</summary>
    Unplaced,
}
