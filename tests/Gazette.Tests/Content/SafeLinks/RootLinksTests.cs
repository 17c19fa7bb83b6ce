using Gazette.Content.SafeLinks;

namespace Gazette.Tests.Content.SafeLinks;

public sealed class RootLinksTests
{
    [Theory]
    [InlineData("/zxzx/xwdt/202101/a.html", "/news/", "/news/zxzx/xwdt/202101/a.html")]
    [InlineData("/", "/news/", "/news/")]
    [InlineData("/zxzx/", "/", "/zxzx/")]
    [InlineData("//cdn.example.com/x.png", "/news/", "//cdn.example.com/x.png")]
    [InlineData("https://www.gov.cn/", "/news/", "https://www.gov.cn/")]
    [InlineData("b.html", "/news/", "b.html")]
    [InlineData("#top", "/news/", "#top")]
    [InlineData("mailto:a@b.cn", "/news/", "mailto:a@b.cn")]
    public void A_root_relative_address_is_written_under_base_path_and_no_other(string url, string basePath, string linked) =>
        Assert.Equal(linked, RootLinks.Under(url, basePath));
}
