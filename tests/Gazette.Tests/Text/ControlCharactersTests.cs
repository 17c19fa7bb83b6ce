using Gazette.Text;

namespace Gazette.Tests.Text;

/// <summary>The characters neither HTML nor XML may carry are found wherever they stand, however long the text.</summary>
public sealed class ControlCharactersTests
{
    // The rule as documented, written out here character by character rather than taken from the code under test.
    private static bool Forbidden(char c, bool breaksToo) =>
        (c < 0x20 && (breaksToo || (c != '\t' && c != '\n' && c != '\r')))
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0xFDD0 && c <= 0xFDEF)
        || c == 0xFFFE || c == 0xFFFF
        || (breaksToo && (c == 0x2028 || c == 0x2029));

    private static int Reference(string text, bool breaksToo)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || Forbidden(c, breaksToo))
            {
                return i;
            }
        }

        return -1;
    }

    // Ordinary text (Chinese, ASCII, line breaks, whole surrogate pairs) and every kind of character near a boundary of the rule.
    private static readonly string[] Pieces =
    [
        "关于做好", "人力资源和社会保障", "abc", " ", "\t", "\n", "\r\n", "。", "😀", "\u00A0", "\u00FF", "\u2027", "\u2028", "\u2029", "\u202A",
        "\u0000", "\u0008", "\u001F", "\u007E", "\u007F", "\u0085", "\u009F", "\u00A0", "\uD7FF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uE000",
        "\uFDCF", "\uFDD0", "\uFDEF", "\uFDF0", "\uFFFD", "\uFFFE", "\uFFFF",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finds_the_first_forbidden_character_as_the_rule_says_in_texts_of_every_length(bool breaksToo)
    {
        var random = new Random(20261207);
        for (var round = 0; round < 5000; round++)
        {
            var builder = new System.Text.StringBuilder();
            var pieces = random.Next(0, 40);
            for (var p = 0; p < pieces; p++)
            {
                // Mostly ordinary text, so that a forbidden character often stands deep in a long run of allowed ones.
                builder.Append(Pieces[random.Next(4) == 0 ? random.Next(Pieces.Length) : random.Next(10)]);
            }

            var text = builder.ToString();
            Assert.Equal(Reference(text, breaksToo), ControlCharacters.FirstForbidden(text, breaksToo));
        }
    }

    [Fact]
    public void A_forbidden_character_is_found_at_every_position_of_a_long_text()
    {
        foreach (var forbidden in "\u0001\u007F\u0085\u009F\uFDD0\uFDEF\uFFFE\uFFFF\uD800\uDC00")
        {
            for (var at = 0; at < 70; at++)
            {
                var text = new string('社', 70).Remove(at, 1).Insert(at, forbidden.ToString());
                Assert.Equal(at, ControlCharacters.FirstForbidden(text));
            }
        }
    }

    [Fact]
    public void Line_breaks_tabs_and_whole_surrogate_pairs_are_allowed_unless_breaks_are_asked_for()
    {
        var text = string.Concat(Enumerable.Repeat("第一条\t说明\r\n😀", 10));

        Assert.Equal(-1, ControlCharacters.FirstForbidden(text));
        Assert.Equal(3, ControlCharacters.FirstForbidden(text, breaksToo: true));
        Assert.Same(text, ControlCharacters.Remove(text));
        Assert.Equal("第一条说明😀", ControlCharacters.Remove("第一条\u0000说明\uDC00😀\uFFFE"));
    }
}
