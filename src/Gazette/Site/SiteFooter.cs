using System.Collections.Immutable;

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
internal sealed record SiteFooter(
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

    /// <summary>Every fact, in the documented order of <c>_site.yml</c>.</summary>
    public static readonly ImmutableArray<SiteFooterField> Fields =
    [
        new("supervisor", "主管单位", f => f.Supervisor, (f, v) => f with { Supervisor = v }),
        new("sponsor", "主办单位", f => f.Sponsor, (f, v) => f with { Sponsor = v }),
        new("site_code", "网站标识码", f => f.SiteCode, (f, v) => f with { SiteCode = v }),
        new("icp", "ICP 备案号", f => f.Icp, (f, v) => f with { Icp = v }),
        new("police", "公安机关备案号", f => f.Police, (f, v) => f with { Police = v }),
        new("phone", "联系电话", f => f.Phone, (f, v) => f with { Phone = v }),
        new("address", "地址", f => f.Address, (f, v) => f with { Address = v }),
        new("postcode", "邮编", f => f.Postcode, (f, v) => f with { Postcode = v }),
        new("email", "电子邮件", f => f.Email, (f, v) => f with { Email = v }),
    ];

    /// <summary>The footer keys of <c>_site.yml</c> in their documented order, with each value.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Entries() => Fields.Select(f => KeyValuePair.Create(f.Key, f.Get(this)));

    /// <summary>A footer with each fact set from <paramref name="valueOf"/>, given the field.</summary>
    public static SiteFooter From(Func<SiteFooterField, string?> valueOf) => Fields.Aggregate(new SiteFooter(), (footer, field) => field.With(footer, valueOf(field)));

    /// <summary>This footer, with the facts it lacks taken from <paramref name="other"/>.</summary>
    public SiteFooter Or(SiteFooter other) => Fields.Aggregate(this, (footer, field) => field.Get(footer) is null ? field.With(footer, field.Get(other)) : footer);

    /// <summary>The footer-key comments written beside the values, naming the Chinese label.</summary>
    public static string LabelOf(string key) => Fields.FirstOrDefault(f => f.Key == key)?.Label ?? key;
}
