namespace Gazette.Site;

/// <summary>The facts every government page shows in its footer. Any of them may be missing.</summary>
/// <param name="Supervisor">主管单位.</param>
/// <param name="Sponsor">主办单位.</param>
/// <param name="SiteCode">网站标识码.</param>
/// <param name="Icp">ICP 备案号, e.g. 苏ICP备10219514号-1.</param>
/// <param name="Police">公安机关备案号, e.g. 苏公网安备 32050802010605号.</param>
/// <param name="Phone">Contact telephone.</param>
/// <param name="Address">Postal address.</param>
/// <param name="Postcode">Postal code.</param>
/// <param name="Email">Contact e-mail.</param>
public sealed record SiteFooter(
    string? Supervisor = null,
    string? Sponsor = null,
    string? SiteCode = null,
    string? Icp = null,
    string? Police = null,
    string? Phone = null,
    string? Address = null,
    string? Postcode = null,
    string? Email = null)
{
    /// <summary>The digits of the police filing number, which its query page takes as <c>code</c>.</summary>
    public string? PoliceCode => Police is null ? null : new string(Police.Where(char.IsAsciiDigit).ToArray());

    /// <summary>The footer keys of <c>_site.yml</c> in their documented order, with each value.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Entries()
    {
        yield return new("supervisor", Supervisor);
        yield return new("sponsor", Sponsor);
        yield return new("site_code", SiteCode);
        yield return new("icp", Icp);
        yield return new("police", Police);
        yield return new("phone", Phone);
        yield return new("address", Address);
        yield return new("postcode", Postcode);
        yield return new("email", Email);
    }

    /// <summary>The footer-key comments written beside the values, naming the Chinese label.</summary>
    public static string LabelOf(string key) => key switch
    {
        "supervisor" => "主管单位",
        "sponsor" => "主办单位",
        "site_code" => "网站标识码",
        "icp" => "ICP 备案号",
        "police" => "公安机关备案号",
        "phone" => "联系电话",
        "address" => "地址",
        "postcode" => "邮编",
        "email" => "电子邮件",
        _ => key,
    };
}
