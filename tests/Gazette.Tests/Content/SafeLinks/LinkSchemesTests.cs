using Gazette.Content.SafeLinks;

namespace Gazette.Tests.Content.SafeLinks;

/// <summary>Addresses are judged as a browser reads them, and the cheap pre-check never misses a link the parser would neutralise.</summary>
public sealed class LinkSchemesTests
{
    [Theory]
    [InlineData("https://www.gov.cn/", true)]
    [InlineData("HTTP://a.cn", true)]
    [InlineData("mailto:a@b.cn", true)]
    [InlineData("tel:12333", true)]
    [InlineData("/zwgk/", true)]
    [InlineData("#top", true)]
    [InlineData("x.html?a=b:c", true)]
    [InlineData("9:30", true)]
    [InlineData("", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("  JavaScript:alert(1)", false)]
    [InlineData("java\tscr\nipt:alert(1)", false)]
    [InlineData("\u0001javascript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Only_http_https_mailto_tel_and_paths_are_allowed(string url, bool allowed) =>
        Assert.Equal(allowed, LinkSchemes.IsAllowed(url));

    [Theory]
    [InlineData("[a](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[a][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[a](JAVASCRIPT:alert(1))")]
    [InlineData("[a](&#106;avascript:alert(1))")]
    [InlineData("[a](javascript&#58;alert(1))")]
    [InlineData("[a](javascript&colon;alert(1))")]
    [InlineData("[a](java&#x09;script:alert(1))")]
    [InlineData("<java\tscript:alert(1)>")]
    [InlineData("[a](data:text/html,x)")]
    [InlineData("![图](vbscript:x)")]
    public void The_pre_check_flags_every_unsafe_link(string markdown) =>
        Assert.True(LinkSchemes.MayHoldUnsafeLink(markdown));

    [Theory]
    [InlineData("各市、区人力资源和社会保障局:\n\n上午9:30在会场举行。")]
    [InlineData("详见[此前的通知](/zxzx/xwdt/202101/e0b2ebfcac031705.html),时间 9:30。")]
    [InlineData("见[国务院](https://www.gov.cn/)和[邮箱](mailto:a@b.cn)。")]
    public void The_pre_check_passes_ordinary_bodies_without_parsing(string markdown) =>
        Assert.False(LinkSchemes.MayHoldUnsafeLink(markdown));
}
