using System.Text.Json;
using Gazette.Import;
using Gazette.Import.Parsing;
using Gazette.Tests.Support;

namespace Gazette.Tests.Import.Parsing;

/// <summary>
/// One made-up page per shape of SEED-SHAPES.md (tests/Gazette.Tests/Fixtures/Seeds). Each is checked field by field
/// against expected.json, which was written from the pages themselves, and its Markdown is pinned by a golden file.
/// </summary>
public sealed class SeedShapeTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var expectation in Expectations())
        {
            data.Add(expectation.GetProperty("file").GetString()!);
        }

        return data;
    }

    private static IEnumerable<JsonElement> Expectations() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SeedFixtures, "expected.json"))).RootElement.EnumerateArray();

    private static JsonElement Expected(string file) => Expectations().Single(e => e.GetProperty("file").GetString() == file);

    private static SeedPage Parse(string file)
    {
        var decoded = SeedDecoder.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.SeedFixtures, file)), out var problem);
        Assert.True(decoded is not null, problem);
        return SeedParser.Parse(decoded.Text);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Reads_title_date_source_and_section(string file)
    {
        var expected = Expected(file);

        var page = Parse(file);

        Assert.Equal(Text(expected, "title"), page.Title);
        Assert.Equal(Text(expected, "date"), page.Date?.ToDisplayString());
        Assert.Equal(Text(expected, "source"), page.Source);
        Assert.Equal(expected.GetProperty("section").EnumerateArray().Select(e => e.GetString()!).ToArray(), page.Section.ToArray());
        Assert.Equal(expected.GetProperty("review").GetBoolean(), !page.ReviewReasons.IsEmpty);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Keeps_every_body_paragraph_in_order_and_no_chrome(string file)
    {
        var expected = Expected(file);

        var page = Parse(file);

        // A numbered list counts as one entry per item, numbered as the Markdown numbers it.
        var paragraphs = page.Body.SelectMany(b => b switch
        {
            SeedParagraph p => [p.Text],
            SeedList l => l.Items.Select((item, i) => $"{i + 1}. {item}"),
            _ => Enumerable.Empty<string>(),
        }).ToArray();
        Assert.Equal(expected.GetProperty("paragraphs").EnumerateArray().Select(e => e.GetString()!).ToArray(), paragraphs);
        var bodyText = string.Join('\n', page.Body.Select(b => b switch
        {
            SeedParagraph p => p.Text,
            SeedTable t => string.Join('\n', t.Rows.Select(r => string.Join('\t', r))),
            SeedList l => string.Join('\n', l.Items),
            _ => string.Empty,
        }));
        foreach (var chrome in expected.GetProperty("chrome").EnumerateArray().Select(e => e.GetString()!))
        {
            Assert.DoesNotContain(chrome, bodyText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Reads_public_information_fields(string file)
    {
        var fields = Expected(file).GetProperty("fields");

        var information = Parse(file).PublicInformation;

        Assert.Equal(Text(fields, "index_no"), information.IndexNo);
        Assert.Equal(Text(fields, "publisher"), information.Publisher);
        Assert.Equal(Text(fields, "doc_no"), information.DocNo);
        Assert.Equal(Text(fields, "doc_date"), information.DocDate);
        Assert.Equal(Text(fields, "archived"), information.Archived);
        Assert.Equal(Text(fields, "status"), information.Status);
        Assert.Equal(Text(fields, "topic"), information.Topic);
        Assert.Equal(Text(fields, "keywords"), information.Keywords);
    }

    [Theory]
    [InlineData("23_table_rows.txt")]
    [InlineData("24_table_cells.txt")]
    public void Rebuilds_flattened_tables(string file)
    {
        var expected = Expected(file).GetProperty("table").EnumerateArray()
            .Select(row => row.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToArray();

        var table = Assert.Single(Parse(file).Body.OfType<SeedTable>());

        Assert.Equal(expected, table.Rows.Select(r => r.ToArray()).ToArray());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Imports_to_the_golden_markdown(string file)
    {
        var markdown = SeedMarkdownWriter.Write(Parse(file), "seeds/" + file);

        Golden.Verify($"seeds/{Path.ChangeExtension(file, ".md")}", markdown);
    }
}
