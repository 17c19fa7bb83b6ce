using System.Text;
using Gazette.Import;
using Gazette.Import.Parsing;
using Gazette.Tests.Support;

namespace Gazette.Tests.Import;

public sealed class SeedDecoderTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
    private static readonly Encoding Big5 = CodePagesEncodingProvider.Instance.GetEncoding(950)!;

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(RepositoryPaths.SeedFixtures, name));

    private static string Import(byte[] bytes)
    {
        var decoded = SeedDecoder.Decode(bytes, out var problem);
        Assert.True(decoded is not null, problem);
        return SeedMarkdownWriter.Write(SeedParser.Parse(decoded.Text), "seeds/page.txt");
    }

    private static byte[] WithPrefix(byte[] prefix, byte[] bytes) => [.. prefix, .. bytes];

    [Fact]
    public void The_same_traditional_page_in_every_encoding_gives_the_same_markdown()
    {
        var text = Fixture("17_traditional.txt");
        var expected = Import(Encoding.UTF8.GetBytes(text));

        Assert.Equal(expected, Import(WithPrefix([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(text))));
        Assert.Equal(expected, Import(Gb18030.GetBytes(text)));
        Assert.Equal(expected, Import(Big5.GetBytes(text)));
        Assert.Equal(expected, Import(WithPrefix([0xFF, 0xFE], Encoding.Unicode.GetBytes(text))));
        Assert.Equal(expected, Import(Encoding.Unicode.GetBytes(text)));
        Assert.Equal(expected, Import(Encoding.BigEndianUnicode.GetBytes(text)));
        Assert.Contains("title: ", expected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01_you_are_here.txt")]
    [InlineData("19_public_information.txt")]
    [InlineData("22_ordinal_leads.txt")]
    public void A_simplified_page_in_GB18030_reads_the_same_as_in_UTF8(string fixture)
    {
        var text = Fixture(fixture);

        var decoded = SeedDecoder.Decode(Gb18030.GetBytes(text), out _);

        Assert.Equal("GB18030", decoded?.Encoding);
        Assert.Equal(text, decoded?.Text);
    }

    [Fact]
    public void A_traditional_page_in_Big5_is_read_as_Big5()
    {
        var text = Fixture("17_traditional.txt");

        var decoded = SeedDecoder.Decode(Big5.GetBytes(text), out _);

        Assert.Equal("Big5", decoded?.Encoding);
        Assert.Equal(text, decoded?.Text);
    }

    [Fact]
    public void Windows_line_ends_give_the_same_markdown()
    {
        var text = Fixture("19_public_information.txt");

        Assert.Equal(Import(Encoding.UTF8.GetBytes(text)), Import(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("gb18030")]
    [InlineData("big5")]
    public void A_file_cut_in_the_middle_of_a_character_loses_only_that_character(string encoding)
    {
        var text = Fixture("17_traditional.txt").TrimEnd() + "\n結語";
        var bytes = (encoding switch { "utf-8" => Encoding.UTF8, "gb18030" => Gb18030, _ => Big5 }).GetBytes(text);

        var decoded = SeedDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1), out var problem);

        Assert.True(decoded is not null, problem);
        Assert.Equal(text[..^1], decoded.Text);
        Assert.Contains("ends in the middle of a character", Assert.Single(decoded.Notes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A }, "empty")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "empty")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "binary, not text (it looks like a PNG image)")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34 }, "binary, not text (it looks like a PDF document)")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42, 0x43 }, "binary, not text (it holds NUL bytes)")]
    [InlineData(new byte[] { 0x81, 0x30, 0xFF, 0xFE, 0x80, 0x80, 0x41 }, "not text in UTF-8, GB18030/GBK or Big5")]
    public void Empty_and_binary_files_are_refused_with_a_reason(byte[] bytes, string reason)
    {
        var decoded = SeedDecoder.Decode(bytes, out var problem);

        Assert.Null(decoded);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_says_which_encoding_it_read()
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        Directory.CreateDirectory(site.Paths.Seeds);
        File.WriteAllBytes(Path.Combine(site.Paths.Seeds, "001_gbk.txt"), Gb18030.GetBytes(Fixture("01_you_are_here.txt")));

        var report = await site.ImportAsync();

        var outcome = Assert.Single(report.Outcomes);
        Assert.Equal(ImportStatus.Imported, outcome.Status);
        Assert.Equal("read as GB18030", outcome.Detail);
        Assert.Contains("title: 苏州市人社局启动“春风行动”", site.Read(outcome.Markdown!), StringComparison.Ordinal);
    }
}
