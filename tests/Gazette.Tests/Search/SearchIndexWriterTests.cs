using System.Text;
using Gazette.Search;

namespace Gazette.Tests.Search;

/// <summary>
/// The index answers a query with exactly the documents that contain it — grep's answer over the normalised text —
/// reading only the files of the query's keys.
/// </summary>
public sealed class SearchIndexWriterTests
{
    // A small alphabet, so that pairs recur by chance and a match must rest on places, not on pairs alone.
    private const string Alphabet = "养老保险待遇失业金人社局通知技能等级认定年月日的和";

    private sealed record Text(string Title, string Body);

    private static SearchIndex Write(IReadOnlyList<Text> texts, IReadOnlyList<(string Name, string Link)> columns, int partitions = 1)
    {
        var postings = new SearchPostings(partitions);
        for (var i = 0; i < texts.Count; i++)
        {
            postings.Add(i, texts[i].Title, texts[i].Body);
        }

        return SearchIndexWriter.Write([.. texts.Select((t, i) => new SearchDocument(t.Title, $"/a/{i}.html", "2021-01-08", 2021, i % 2))], postings, columns);
    }

    private static (SearchIndexReader Reader, SearchIndex Index) Index(IReadOnlyList<Text> documents)
    {
        var index = Write(documents, [("资讯中心", "/zxzx/"), ("通知公告", "/tzgg/")]);
        return (new SearchIndexReader(index.Files.ToDictionary(f => f.SitePath, f => f.Content), index.Manifest), index);
    }

    private static Text Document(int i, string title, string body) => new(title, body);

    private static List<Text> RandomDocuments(int count, int seed)
    {
        var random = new Random(seed);
        string Text(int length) => new([.. Enumerable.Range(0, length).Select(_ => random.Next(12) == 0 ? ' ' : Alphabet[random.Next(Alphabet.Length)])]);
        return [.. Enumerable.Range(0, count).Select(i => Document(i, Text(random.Next(4, 16)), Text(random.Next(0, 300))))];
    }

    private static HashSet<int> Grep(IReadOnlyList<Text> documents, params string[] terms) =>
        [.. documents.Select((d, i) => (d, i)).Where(x => terms.All(t =>
            SearchText.Normalise(x.d.Title).Contains(SearchText.Normalise(t), StringComparison.Ordinal)
            || (t.Length > 1 && SearchText.Normalise(x.d.Body).Contains(SearchText.Normalise(t), StringComparison.Ordinal)))).Select(x => x.i)];

    [Fact]
    public void Every_substring_finds_exactly_the_documents_that_contain_it()
    {
        var documents = RandomDocuments(400, seed: 7);
        var (reader, _) = Index(documents);
        var random = new Random(11);
        for (var q = 0; q < 300; q++)
        {
            var source = documents[random.Next(documents.Count)];
            var text = random.Next(3) == 0 ? source.Title : source.Body;
            var length = random.Next(2, 13);
            if (text.Length < length)
            {
                continue;
            }

            var term = text.Substring(random.Next(text.Length - length + 1), length).Trim();
            if (term.Length < 2 || term.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            Assert.True(Grep(documents, term).SetEquals(reader.Query(term).Keys), $"'{term}'");
        }
    }

    [Fact]
    public void Strings_found_nowhere_find_nothing_even_when_their_pairs_occur_apart()
    {
        var documents = new[] { Document(0, "关于养老金的通知", "养老 保险"), Document(1, "保险", "老保姆") };
        var (reader, _) = Index(documents);

        Assert.Empty(reader.Query("养老保险"));
        Assert.Empty(reader.Query("社保卡"));
        Assert.Equal([1], reader.Query("老保").Keys);
        Assert.Empty(reader.Query("养老 社保卡"));
    }

    [Fact]
    public void A_long_term_needs_its_grams_in_a_row_not_merely_in_the_same_document()
    {
        // Every four-character gram of 养老保险待遇调整 occurs in document 0, but never all of them in a row.
        var documents = new[] { Document(0, "通知", "养老保险待 老保险待遇 保险待遇调 险待遇调整"), Document(1, "养老保险待遇调整", "全文"), Document(2, "通知", "城乡居民养老保险待遇调整方案") };
        var (reader, _) = Index(documents);

        Assert.Equal([1, 2], reader.Query("养老保险待遇调整").Keys.Order());
        Assert.Equal(1, reader.Query("养老保险待遇调整")[1]);
        Assert.Equal([2], reader.Query("居民养老保险待遇").Keys);
        Assert.Empty(reader.Query("养老保险待遇调整通知"));
    }

    [Fact]
    public void Every_term_of_a_query_must_be_present_and_title_matches_are_counted()
    {
        var documents = RandomDocuments(300, seed: 3);
        var (reader, _) = Index(documents);

        var result = reader.Query("养老 认定");

        Assert.True(Grep(documents, "养老", "认定").SetEquals(result.Keys));
        foreach (var (document, inTitle) in result)
        {
            var expected = new[] { "养老", "认定" }.Count(t => documents[document].Title.Contains(t, StringComparison.Ordinal));
            Assert.Equal(expected, inTitle);
        }
    }

    [Fact]
    public void A_single_character_finds_the_titles_that_hold_it()
    {
        var documents = RandomDocuments(200, seed: 5);
        var (reader, _) = Index(documents);

        var expected = documents.Select((d, i) => (d, i)).Where(x => x.d.Title.Contains('险', StringComparison.Ordinal)).Select(x => x.i);

        Assert.Equal(expected.Order(), reader.Query("险").Keys.Order());
    }

    [Fact]
    public void Latin_words_numbers_and_document_numbers_match_case_and_width_aside()
    {
        var documents = new[]
        {
            Document(0, "关于印发《苏州市就业补贴办法》的通知", "苏人社发〔2021〕12号 PDF 下载"),
            Document(1, "2020年工作总结", "ＰＤＦ格式，２０２１年"),
        };
        var (reader, _) = Index(documents);

        Assert.Equal([0], reader.Query("苏人社发〔2021〕12号").Keys);
        Assert.Equal([0, 1], reader.Query("2021").Keys.Order());
        Assert.Equal([0, 1], reader.Query("pdf").Keys.Order());
        Assert.Equal([1], reader.Query("2020").Keys);
    }

    [Fact]
    public void Traditional_and_simplified_forms_of_a_query_find_the_same_documents()
    {
        var documents = new[] { Document(0, "養老保險待遇調整", "勞動關係"), Document(1, "养老保险待遇调整", "劳动关系") };
        var (reader, _) = Index(documents);

        Assert.Equal([0, 1], reader.Query("养老保险").Keys.Order());
        Assert.Equal([0, 1], reader.Query("養老保險").Keys.Order());
        Assert.Equal([0, 1], reader.Query("劳动關係").Keys.Order());
    }

    [Fact]
    public void A_query_of_two_characters_reads_the_manifest_and_one_shard_with_its_directory()
    {
        var documents = RandomDocuments(3000, seed: 9);
        var (reader, index) = Index(documents);
        var shards = index.Files.Count(f => f.SitePath.EndsWith(".bin", StringComparison.Ordinal));

        reader.Query("养老");

        Assert.True(shards >= 16, $"{shards} shards");
        Assert.Equal(1, reader.Fetched.Count(f => f.EndsWith(".bin", StringComparison.Ordinal)));
        Assert.Equal(2, reader.Fetched.Count);
    }

    [Fact]
    public void A_query_of_four_characters_reads_the_document_and_place_lists_of_its_two_pairs()
    {
        var documents = RandomDocuments(3000, seed: 9);
        var (reader, _) = Index(documents);

        var term = documents.Select(d => d.Body).First(b => b.Length >= 14 && !b[10..14].Contains(' ', StringComparison.Ordinal))[10..14];

        var found = reader.Query(term);

        Assert.Equal(Grep(documents, term), found.Keys.ToHashSet());
        Assert.NotEmpty(found);
        Assert.InRange(reader.Fetched.Count(f => f.EndsWith(".bin", StringComparison.Ordinal)), 2, 4);
    }

    [Fact]
    public void The_index_grows_with_the_text_and_not_with_how_many_different_runs_it_holds()
    {
        // A hundred characters drawn at random: pairs recur, runs of four almost never do, as in real text, where
        // most runs of four occur once in a whole archive. An index keyed by such runs took tens of bytes
        // a character; keyed by pairs, it takes a few.
        var random = new Random(11);
        var alphabet = Enumerable.Range(0x4E00, 100).Select(c => (char)c).ToArray();
        string Text(int length) => new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var documents = Enumerable.Range(0, 400).Select(i => Document(i, Text(12), Text(1000))).ToList();
        var characters = documents.Sum(d => d.Title.Length + d.Body.Length);

        var (reader, index) = Index(documents);

        var bytes = index.Files.Sum(f => (long)f.Content.Length);
        Assert.True(bytes < 8L * characters, $"{bytes} bytes for {characters} characters");
        var term = documents[123].Body.Substring(500, 7);
        Assert.Equal(Grep(documents, term), reader.Query(term).Keys.ToHashSet());
    }

    [Fact]
    public void Every_file_is_named_by_its_content_and_the_same_documents_give_the_same_files()
    {
        var first = Write(RandomDocuments(500, seed: 1), [("资讯中心", "/zxzx/")]);
        var second = Write(RandomDocuments(500, seed: 1), [("资讯中心", "/zxzx/")]);

        Assert.Equal(first.Files.Select(f => f.SitePath), second.Files.Select(f => f.SitePath));
        Assert.All(first.Files, f => Assert.StartsWith(
            SearchIndex.Folder + System.IO.Hashing.XxHash3.HashToUInt64(f.Content).ToString("x16", System.Globalization.CultureInfo.InvariantCulture)[..10],
            f.SitePath,
            StringComparison.Ordinal));
    }

    [Fact]
    public void The_index_is_the_same_however_many_partitions_build_it()
    {
        var documents = RandomDocuments(700, seed: 4);
        var one = Write(documents, [("资讯中心", "/zxzx/")], partitions: 1);
        var three = Write(documents, [("资讯中心", "/zxzx/")], partitions: 3);

        Assert.Equal(one.Files.Select(f => f.SitePath), three.Files.Select(f => f.SitePath));
    }

    [Theory]
    [InlineData(7, 1)]
    [InlineData(120, 2)]
    [InlineData(333, 1)]
    public void An_index_spilled_to_disk_segment_by_segment_is_byte_for_byte_the_one_made_in_memory(int segmentSize, int partitions)
    {
        // Enough documents for bitmaps (a key in more than one document in eight) made of segments that hold none.
        var documents = RandomDocuments(700, seed: 5);
        var folder = Path.Combine(Path.GetTempPath(), "gazette-spill-" + Guid.NewGuid().ToString("N"));
        var single = Write(documents, [("资讯中心", "/zxzx/")]);
        // Files are emitted from whichever thread made them, each once.
        var emitted = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        using (var spill = new PostingSpill(folder))
        {
            for (var start = 0; start < documents.Count; start += segmentSize)
            {
                var segment = new SearchPostings(partitions);
                for (var i = start; i < Math.Min(documents.Count, start + segmentSize); i++)
                {
                    segment.Add(i, documents[i].Title, documents[i].Body);
                }

                spill.Add(segment, documents.Count);
            }

            var spilled = SearchIndexWriter.Write(
                [.. documents.Select((t, i) => new SearchDocument(t.Title, $"/a/{i}.html", "2021-01-08", 2021, i % 2))], spill, [("资讯中心", "/zxzx/")], (path, content) => Assert.True(emitted.TryAdd(path, content), path));
            Assert.Empty(spilled.Files);
            Assert.Equal(single.Manifest, spilled.Manifest);
        }

        Assert.Equal(single.Files.Select(f => f.SitePath), emitted.Keys.Order(StringComparer.Ordinal));
        Assert.All(single.Files, f => Assert.Equal(f.Content, emitted[f.SitePath]));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void A_document_is_found_by_its_number_in_its_chunk()
    {
        var documents = RandomDocuments(150, seed: 2);
        var (reader, index) = Index(documents);

        Assert.Equal((documents[131].Title, "/a/131.html", "2021-01-08"), reader.Document(131));
        Assert.Contains("\"years\":[[2021,0,150]]", Encoding.UTF8.GetString(index.Files.Single(f => f.SitePath == index.Manifest).Content), StringComparison.Ordinal);
    }
}
