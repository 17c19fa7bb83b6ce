using System.Text;
using System.Text.RegularExpressions;
using Gazette.Publishing;

namespace Gazette.Tests.Publishing;

/// <summary>The byte scanner finds exactly what the pattern it replaces finds in the decoded page.</summary>
public sealed partial class HtmlLinkAttributesTests
{
    [GeneratedRegex("""\s(?:href|src)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    private static List<string> Expected(string html) => [.. Reference().Matches(html).Select(m => m.Groups["value"].Value)];

    [Theory]
    [InlineData("<a href=\"/a.html\">x</a><img src='/b.png'>")]
    [InlineData("<A HREF = \"/a.html\"><IMG\nSrc=\t'/b.png'>")]
    [InlineData("<a\u3000href\u3000=\u3000\"/全角.html\">")]
    [InlineData("<a href=\"/a?x=1&amp;y=2\">a=b</a> src=\"/t.png\" <p>href='no close")]
    [InlineData("<a data-href=\"/x\" xsrc=\"/y\" href=/bare>")]
    [InlineData("<a href=\"/one\" href=\"/two\"><a href=\"\">")]
    [InlineData("=\"/start\" href=\"/x\"")]
    [InlineData("<a\u00a0href=\"/nbsp\"><a\u2028src=\"/ls\"><a\u001fhref=\"/us\"><a\u0085src=\"/nel\">")]
    public void Finds_what_the_pattern_finds(string html) =>
        Assert.Equal(Expected(html), HtmlLinkAttributes.In(Encoding.UTF8.GetBytes(html)));

    [Fact]
    public void Finds_what_the_pattern_finds_in_random_markup()
    {
        string[] pieces = [" ", "\n", "\u3000", "\u00a0", "h", "H", "r", "e", "f", "s", "S", "c", "=", "\"", "'", "href", "src", "SRC", " href=", "<a ", ">", "/页面.html", "x", "&amp;"];
        var random = new Random(16);
        for (var round = 0; round < 3000; round++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(Expected(html).SequenceEqual(HtmlLinkAttributes.In(Encoding.UTF8.GetBytes(html))), html);
        }
    }
}
