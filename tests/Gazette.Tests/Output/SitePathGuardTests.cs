using Gazette.Output;

namespace Gazette.Tests.Output;

public sealed class SitePathGuardTests
{
    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.html")]
    [InlineData("a\\b.html")]
    public void Refuses_paths_that_are_not_plainly_inside_the_output(string sitePath) =>
        Assert.Throws<InvalidOperationException>(() => SitePathGuard.Resolve("/tmp/site-out", sitePath));

    [Fact]
    public void Resolves_a_plain_path_inside_the_output() =>
        Assert.Equal("/tmp/site-out/zxzx/index.html", SitePathGuard.Resolve("/tmp/site-out", "zxzx/index.html"));
}
