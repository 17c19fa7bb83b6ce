using Gazette.Tests.Support;
using Gazette.Theme;
using Scriban;

namespace Gazette.Tests.Theme;

public sealed class TemplateGlobalsTests
{
    [Theory]
    [InlineData("header", true)]
    [InlineData("footer", true)]
    [InlineData("meta", false)]
    [InlineData("breadcrumbs", false)]
    [InlineData("pagination", false)]
    public void The_default_theme_s_partials_that_read_only_site_are_told_from_those_that_read_the_page(string partial, bool siteOnly)
    {
        var path = Path.Combine(RepositoryPaths.Theme, "partials", partial + ".html");
        var template = Template.Parse(File.ReadAllText(path), path);

        Assert.Equal(siteOnly, TemplateGlobals.ReadsOnlySite(template));
    }

    [Theory]
    [InlineData("{{ for item in site.menu }}{{ item.name }}{{ end }}", true)]
    [InlineData("{{ site.title }}{{ for.index }}", true)]
    [InlineData("{{ for item in site.menu }}{{ page.title }}{{ end }}", false)]
    [InlineData("{{ x = site.title }}{{ x }}", false)]
    [InlineData("{{ partial \"other\" }}", false)]
    [InlineData("no variables at all", false)]
    [InlineData("{{ for page in site.menu }}{{ page.name }}{{ end }}{{ page.title }}", false)]
    [InlineData("{{ for item in site.menu }}{{ item.name }}{{ else }}{{ item }}{{ end }}", false)]
    [InlineData("{{ for item in site.menu }}{{ for child in item.children }}{{ child.name }}{{ item.name }}{{ end }}{{ end }}", true)]
    public void A_template_reads_only_site_when_site_and_its_own_loop_variables_are_all_it_names(string text, bool siteOnly) =>
        Assert.Equal(siteOnly, TemplateGlobals.ReadsOnlySite(Template.Parse(text)));
}
