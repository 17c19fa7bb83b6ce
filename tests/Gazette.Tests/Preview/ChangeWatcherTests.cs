using Gazette.Preview;

namespace Gazette.Tests.Preview;

public sealed class ChangeWatcherTests
{
    [Theory]
    [InlineData("zxzx/xwdt/202101/.a.md.swp", true)]
    [InlineData("zxzx/xwdt/202101/a.md~", true)]
    [InlineData("zxzx/xwdt/202101/4913", true)]
    [InlineData(".#a.md", true)]
    [InlineData("assets/x.tmp", true)]
    [InlineData("zxzx/xwdt/202101/a.md", false)]
    [InlineData("_site.yml", false)]
    [InlineData("assets/gazette.css", false)]
    [InlineData("000_e0b2ebfcac031705.txt", false)]
    public void Editors_scratch_files_are_not_changes_to_the_site(string name, bool scratch) =>
        Assert.Equal(scratch, ChangeWatcher.IsScratch(name));
}
