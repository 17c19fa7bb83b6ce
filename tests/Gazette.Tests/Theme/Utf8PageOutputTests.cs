using Gazette.Text;
using Gazette.Theme;

namespace Gazette.Tests.Theme;

public sealed class Utf8PageOutputTests
{
    public static TheoryData<string[]> Pieces => new()
    {
        new[] { "<p>中文\r\n", "第二行\r", "\n第三行\r" },
        new[] { "\r", "\r", "\n", "\r\n\r" },
        new[] { "前\uD83D", "\uDE00后", "\uD83D" },
    };

    [Theory]
    [MemberData(nameof(Pieces))]
    public void Text_written_in_pieces_is_encoded_as_the_whole_string_would_be(string[] pieces)
    {
        var output = new Utf8PageOutput();
        foreach (var piece in pieces)
        {
            output.Write(piece, 0, piece.Length);
        }

        Assert.Equal(PageEncoding.Encode(string.Concat(pieces)), output.ToArray());
    }

    [Fact]
    public void A_layout_appended_into_the_shell_makes_the_bytes_the_whole_page_would_have_made()
    {
        var random = new Random(16);
        string[] alphabet = ["a", "中", "\r", "\n", "\r\n", "😀", "\uD83D", "\uDE00", "<p>", "&amp;"];
        // Halves of a pair are split between writes, but never across a layout's edges: Gazette prints no lone halves
        // (ControlCharacters removes them), and a layout's bytes are whole.
        string Text()
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            return text.Length > 0 && char.IsHighSurrogate(text[^1]) ? text + "a" : text;
        }

        var content = new Utf8PageOutput();
        var page = new Utf8PageOutput();
        for (var round = 0; round < 2000; round++)
        {
            var (before, inside, after) = (Text(), Text(), Text());
            Write(content, inside, random);
            Write(page, before, random);
            page.Append(content);
            Write(page, after, random);

            Assert.Equal(PageEncoding.Encode(before + inside + after), page.ToArray());
            Assert.Equal(PageEncoding.Encode(inside), PageEncoding.Utf8.GetBytes(new RenderedContent(content).ToString()));

            // Emptied, each is used again, as a rendering context uses its outputs from page to page.
            Assert.True(content.Clear());
            Assert.True(page.Clear());
        }
    }

    [Fact]
    public void Scriban_gets_no_copy_of_the_page_as_a_string()
    {
        var output = new Utf8PageOutput();
        output.Write("整页", 0, 2);

        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal("整页", output.Decode());
    }

    private static void Write(Utf8PageOutput output, string text, Random random)
    {
        // In two pieces, split anywhere, even inside a CR LF or a surrogate pair.
        var cut = random.Next(text.Length + 1);
        output.Write(text, 0, cut);
        output.Write(text, cut, text.Length - cut);
    }
}
