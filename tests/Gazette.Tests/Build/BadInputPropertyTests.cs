using System.Globalization;
using System.Text;
using CsCheck;
using Gazette.Diagnostics;
using Gazette.Tests.Support;

namespace Gazette.Tests.Build;

/// <summary>
/// Arbitrary values in every front matter key and every <c>_site.yml</c> key, built as a whole site: the build either
/// succeeds or stops with errors that each name a file (and a line where the value has one), never anything else.
/// </summary>
public sealed class BadInputPropertyTests
{
    private static readonly string[] FrontMatterKeys =
    [
        "title", "date", "source", "section", "summary", "seed", "slug", "index_no", "publisher", "doc_no", "doc_date",
        "archived", "status", "aliases", "tags", "draft", "review", "old_id",
    ];

    // One listing page per section keeps each build short.
    private static readonly string FrontMatterSettings =
        TestSite.Settings.Replace("page_size: 2", "page_size: 50", StringComparison.Ordinal) + "old_addresses: /{old_path}/{yyyyMM}/{old_id}.shtml\n";

    private static readonly string[] ListKeys = ["section", "aliases", "tags"];

    private static readonly string[] SettingsKeys =
    [
        "title", "base_url", "base_path", "page_size", "feed_size", "old_addresses", "precompress",
        "section.name", "section.slug", "section.type", "section.description", "section.old_path",
        "footer.supervisor", "footer.sponsor", "footer.site_code", "footer.icp", "footer.police", "footer.phone",
        "footer.address", "footer.postcode", "footer.email",
    ];

    // Values that have broken something somewhere, or mean something to YAML, URLs, nginx or file systems.
    private static readonly string[] Specials =
    [
        "", " ", ".", "..", "...", "../../x", "/", "//", "/a//b.html", "/a/./b", "/a/../b", "/a\\b", "a/b", "%2e%2e",
        "/a/%2e%2e/b", "/a/%zz", "/%E6%97%A7.html", "index.html", "index_2.html", "atom.xml", "rss.xml", "tags", "archive",
        "~", "null", "true", "false", "yes", "no", "0", "-1", "1e9", "1000", "1001", "0x10", ".inf",
        "0001-01-01", "9999-12-31T23:59+08:00", "9999-12-31T23:59-08:00", "2021-01-08", "2021-01-08T13:28", "1899-12-31",
        "{old_id}", "{id}", "{nope}", "[a, b]", "{a: b}", "- x", "&a", "*a", "!!binary", "'", "\"", "\\", "#", ": ", "a: b",
        "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "\uFEFF", "\u200B", "\u202E", "\uFFFE", "\u0000", "\u0001", "\u007F",
        "\u009F", "---", "...", "%", "?", "a?b", "a#b", "<script>", "&amp;", "$uri", "{", "}", ";", "http://x/y?z",
        "https://e.gov.cn", "https://e.gov.cn/news", "资讯中心", "新闻动态", "就业", "😀", "\uD800", "\uDC00",
        "/tags", "/archive/", "/index.html/x.html", "/zxzx", "/zxzx/xwdt/202101/k0.html/x.html", "/atom.xml", "/old/plain.html",
        new string('a', 101), new string('a', 300), new string('中', 90), "CON", "aux.html", "a.", "a ", " a",
    ];

    // Any character, from controls to astral pairs and halves of them.
    private static readonly Gen<string> RandomText = Gen.OneOf(
            Gen.Char['\u0000', '\u007F'],
            Gen.Char['\u0080', '\u04FF'],
            Gen.Char['\u2000', '\u33FF'],
            Gen.Char['\u4E00', '\u9FFF'],
            Gen.Char['\uD800', '\uDFFF'],
            Gen.Char['\uE000', '\uFFFF'],
            Gen.OneOf('/', '.', '%', ':', '-', '\n', '{', '}', '[', ']', '"', '\\'))
        .Array[0, 40].Select(chars => new string(chars));

    private static readonly Gen<string> AnyValue = Gen.Frequency(
        (3, Gen.OneOf(Specials)),
        (3, RandomText),
        (2, Gen.Select(Gen.OneOf(Specials), RandomText, Gen.OneOf(Specials), (a, b, c) => a + b + c)),
        (1, Gen.Select(Gen.OneOf(Specials), Gen.Int[2, 60], (a, n) => string.Concat(Enumerable.Repeat(a, n)))));

    // A value as it goes into YAML: alone, or for a list key also a flow list of a few.
    private static readonly Gen<string[]> AnyValues = Gen.Frequency((3, AnyValue.Select(v => new[] { v })), (1, AnyValue.Array[0, 3]));

    [Fact]
    public void Any_escaped_front_matter_value_builds_or_gives_located_errors() =>
        CheckFrontMatter(Escaped, iterations: 100);

    [Fact]
    public void Any_raw_front_matter_value_builds_or_gives_located_errors() =>
        CheckFrontMatter(Raw, iterations: 40);

    [Fact]
    public void Any_escaped_site_setting_builds_or_gives_located_errors() =>
        CheckSettings(Escaped, iterations: 150);

    [Fact]
    public void Any_raw_site_setting_builds_or_gives_located_errors() =>
        CheckSettings(Raw, iterations: 60);

    /// <summary>
    /// Each sample fills every key, one key per article, so that one build tries them all; the articles with errors are
    /// then dropped and the rest built again, so that the values the reader accepts are rendered too.
    /// </summary>
    private static void CheckFrontMatter(Func<string, string> scalar, int iterations)
    {
        using var site = TestSite.Create(("input/_site.yml", FrontMatterSettings));
        AnyValues.Array[FrontMatterKeys.Length].Sample(
            values =>
            {
                Reset(site);
                for (var i = 0; i < FrontMatterKeys.Length; i++)
                {
                    site.Write($"input/k{i}.md", FrontMatter(FrontMatterKeys[i], values[i], i, scalar));
                }

                site.Write("input/plain.md", TestSite.Article("平常", "2021-02-01", "[政务公开]", extra: "slug: plain\ntags: [就业]\naliases: [/old/plain.html]\n"));
                for (var attempt = 0; attempt < 2; attempt++)
                {
                    var errors = BuildErrors(site);
                    if (errors.Count == 0)
                    {
                        break;
                    }

                    foreach (var file in errors.Select(e => e.File).Where(f => f.EndsWith(".md", StringComparison.Ordinal)).Distinct())
                    {
                        File.Delete(Path.Combine(site.Root, file));
                    }
                }
            },
            iter: iterations,
            threads: 1,
            print: values => string.Join("\n", values.Select((v, i) => $"{FrontMatterKeys[i]}: {Show(v)}")));
    }

    /// <summary>Each sample changes about a quarter of the settings keys; the one article follows the section's name.</summary>
    private static void CheckSettings(Func<string, string> scalar, int iterations)
    {
        using var site = TestSite.Create(("input/_site.yml", TestSite.Settings));
        Gen.Select(AnyValue, Gen.Int[0, 3]).Array[SettingsKeys.Length].Sample(
            choices =>
            {
                Reset(site);
                var values = SettingsKeys.Select((key, i) => choices[i].Item2 == 0 ? scalar(choices[i].Item1) : null).ToArray();
                site.Write("input/_site.yml", Settings(values));
                var name = values[Array.IndexOf(SettingsKeys, "section.name")] ?? "新闻动态";
                site.Write("input/a.md", $"---\ntitle: 标题\ndate: 2021-01-08\nsection: [资讯中心, {name}]\nslug: a\nold_id: e0b2\naliases: [/old/a.html]\ntags: [就业]\n---\n\n正文。\n");
                BuildErrors(site);
            },
            iter: iterations,
            threads: 1,
            print: choices => string.Join("\n", choices.Select((c, i) => c.Item2 == 0 ? $"{SettingsKeys[i]}: {Show(c.Item1)}" : null).Where(l => l is not null)));
    }

    /// <summary>Builds the site; returns the errors of a failed build after checking that each is located.</summary>
    private static IReadOnlyList<GazetteError> BuildErrors(TestSite site)
    {
        try
        {
            Task.Run(site.BuildAsync).GetAwaiter().GetResult();
            return [];
        }
        catch (GazetteException ex)
        {
            Assert.NotEmpty(ex.Errors);
            foreach (var error in ex.Errors)
            {
                Assert.True(error.File.EndsWith(".md", StringComparison.Ordinal) || error.File.EndsWith("_site.yml", StringComparison.Ordinal), $"error names no site file: {error}");
                Assert.True(error.Line is not null || HasNoLineOfItsOwn(error.Message), $"error names no line: {error}");
                Assert.DoesNotContain('\n', error.ToString());
            }

            return ex.Errors;
        }
    }

    // Clashes between two files, or between a file and the site's own pages, belong to no one line; nor does a missing key.
    private static bool HasNoLineOfItsOwn(string message) =>
        message.Contains("is required", StringComparison.Ordinal)
        || message.Contains("would both be published", StringComparison.Ordinal)
        || message.Contains("two pages would be written", StringComparison.Ordinal)
        || message.StartsWith("old address ", StringComparison.Ordinal);

    private static void Reset(TestSite site)
    {
        foreach (var folder in new[] { "input", "output", ".gazette", ".output.staging" })
        {
            var path = Path.Combine(site.Root, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        site.Write("input/_site.yml", FrontMatterSettings);
    }

    private static string FrontMatter(string key, string[] values, int index, Func<string, string> scalar)
    {
        var lines = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = "标题",
            ["date"] = "2021-01-08",
            ["section"] = "[资讯中心, 新闻动态]",
            ["slug"] = string.Create(CultureInfo.InvariantCulture, $"k{index}"),
        };
        lines[key] = ListKeys.Contains(key) && values.Length != 1
            ? "[" + string.Join(", ", values.Select(scalar)) + "]"
            : scalar(values.FirstOrDefault() ?? string.Empty);
        var yaml = new StringBuilder("---\n");
        foreach (var (name, value) in lines)
        {
            yaml.Append(name).Append(": ").Append(value).Append('\n');
        }

        return yaml.Append("---\n\n正文。\n").ToString();
    }

    private static string Settings(string?[] values)
    {
        string Value(string key, string fallback) => values[Array.IndexOf(SettingsKeys, key)] ?? fallback;
        return $"""
            title: {Value("title", "测试人社局")}
            base_url: {Value("base_url", "https://example.gov.cn")}
            base_path: {Value("base_path", "/")}
            page_size: {Value("page_size", "2")}
            feed_size: {Value("feed_size", "20")}
            old_addresses: {Value("old_addresses", "/{old_path}/{yyyyMM}/{old_id}.shtml")}
            precompress: {Value("precompress", "false")}
            sections:
              - name: 资讯中心
                slug: zxzx
                sections:
                  - name: {Value("section.name", "新闻动态")}
                    slug: {Value("section.slug", "xwdt")}
                    type: {Value("section.type", "工作动态")}
                    description: {Value("section.description", "本局新闻")}
                    old_path: {Value("section.old_path", "szrsj/xwdt")}
              - name: 政务公开
                slug: zwgk
            footer:
              supervisor: {Value("footer.supervisor", "苏州市人民政府")}
              sponsor: {Value("footer.sponsor", "测试人社局")}
              site_code: {Value("footer.site_code", "\"1234567890\"")}
              icp: {Value("footer.icp", "苏ICP备00000000号-1")}
              police: {Value("footer.police", "苏公网安备 00000000000000号")}
              phone: {Value("footer.phone", "0512-00000000")}
              address: {Value("footer.address", "苏州市")}
              postcode: {Value("footer.postcode", "\"215000\"")}
              email: {Value("footer.email", "a@example.gov.cn")}

            """;
    }

    /// <summary>A double-quoted YAML scalar holding exactly <paramref name="value"/>, so that the value is what is tried.</summary>
    private static string Escaped(string value)
    {
        var builder = new StringBuilder("\"");
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || c >= '\u007F' && c <= '\u009F' || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The value written as it is: YAML syntax, line breaks and all.</summary>
    private static string Raw(string value) => value;

    private static string Show(string[] values) => string.Join(" | ", values.Select(Show));

    private static string Show(string value) => Escaped(value);
}
