using Gazette.Diagnostics;
using Gazette.Site;
using Gazette.Yaml;

namespace Gazette.Tests.Yaml;

/// <summary>YAML errors name the line and, for the usual Chinese-input slips, say what to type instead.</summary>
public sealed class YamlReaderTests
{
    private static GazetteError ErrorOf(string yaml)
    {
        var errors = new List<GazetteError>();
        Assert.Null(new YamlReader("input/_site.yml", 0, errors).ParseMapping(yaml));
        return Assert.Single(errors);
    }

    [Fact]
    public void A_full_width_colon_after_a_key_is_named_at_its_line_with_the_ascii_spelling()
    {
        var error = ErrorOf("title: 测试站\nbase_url：https://example.gov.cn\nsections: []\n");

        Assert.Equal(2, error.Line);
        Assert.Contains("'base_url: '", error.Message, StringComparison.Ordinal);
        Assert.Contains("full-width colon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_width_space_in_the_indentation_is_named_at_its_line()
    {
        var error = ErrorOf("title: 测试站\ntags:\n\u3000- 就业\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("full-width space", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_width_colon_inside_a_value_is_no_hint_and_an_ordinary_error_keeps_its_own_message()
    {
        var error = ErrorOf("title: 关于：测试\nsections: [\n");

        Assert.DoesNotContain("full-width", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_settings_with_a_full_width_colon_fail_with_the_hint_and_the_line()
    {
        var exception = Assert.Throws<GazetteException>(() => SiteSettingsLoader.Parse("title: t\npage_size：20\nbase_url: https://example.gov.cn/\n", "input/_site.yml"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("'page_size: '", error.Message, StringComparison.Ordinal);
    }
}
