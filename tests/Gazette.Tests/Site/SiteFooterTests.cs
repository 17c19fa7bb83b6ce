using Gazette.Site;

namespace Gazette.Tests.Site;

public sealed class SiteFooterTests
{
    [Fact]
    public void Every_fact_of_the_footer_is_a_field_in_the_documented_order()
    {
        var parameters = typeof(SiteFooter).GetConstructors().Single().GetParameters();

        Assert.Equal(parameters.Length, SiteFooter.Fields.Length);
        for (var i = 0; i < parameters.Length; i++)
        {
            // Each field reads and writes its own property, and no other.
            var set = SiteFooter.Fields[i].With(new SiteFooter(), "值");
            var value = typeof(SiteFooter).GetProperty(parameters[i].Name!, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase)!.GetValue(set);
            Assert.Equal("值", value);
            Assert.Equal("值", SiteFooter.Fields[i].Get(set));
            Assert.Single(set.Entries(), e => e.Value is not null);
        }
    }

    [Fact]
    public void Keys_and_labels_are_distinct_and_the_yaml_keys_are_snake_case()
    {
        Assert.Equal(SiteFooter.Fields.Length, SiteFooter.Fields.Select(f => f.Key).Distinct().Count());
        Assert.Equal(SiteFooter.Fields.Length, SiteFooter.Fields.Select(f => f.Label).Distinct().Count());
        Assert.All(SiteFooter.Fields, f => Assert.Matches("^[a-z]+(_[a-z]+)*$", f.Key));
        Assert.Equal("主办单位", SiteFooter.LabelOf("sponsor"));
        Assert.Equal("unknown", SiteFooter.LabelOf("unknown"));
    }

    [Fact]
    public void A_footer_keeps_the_facts_it_has_and_takes_only_the_missing_ones_from_another()
    {
        var known = new SiteFooter(Sponsor: "苏州市人力资源和社会保障局", Icp: null);
        var other = new SiteFooter(Sponsor: "别的单位", Icp: "苏ICP备10219514号-1");

        var merged = known.Or(other);

        Assert.Equal("苏州市人力资源和社会保障局", merged.Sponsor);
        Assert.Equal("苏ICP备10219514号-1", merged.Icp);
        Assert.Null(merged.Email);
    }

    [Fact]
    public void A_footer_made_from_its_keys_equals_the_one_they_came_from()
    {
        var footer = new SiteFooter("人社部", "苏州市人社局", "3205000015", "苏ICP备1号", "苏公网安备 32050802010605号", "0512-1", "苏州", "215000", "a@b.cn");
        var values = footer.Entries().ToDictionary(e => e.Key, e => e.Value);

        Assert.Equal(footer, SiteFooter.From(field => values[field.Key]));
    }
}
